using System.Text.Json;
using Goen.Core.Calendar;

namespace Goen.Core.Tests.Calendar;

public partial class CalendarWriterTests
{
    // Prints what Python's icalendar makes of the file, instants in UTC, dates as ISO dates.
    private const string DumpScript = """
        import json, sys, datetime
        from icalendar import Calendar

        def when(value):
            if isinstance(value, datetime.datetime):
                return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
            if isinstance(value, datetime.date):
                return value.isoformat()
            return str(value)

        def text(component, name):
            return str(component[name]) if name in component else None

        with open(sys.argv[1], 'rb') as f:
            cal = Calendar.from_ical(f.read())

        out = {
            'calname': text(cal, 'X-WR-CALNAME'),
            'refresh': cal['REFRESH-INTERVAL'].to_ical().decode() if 'REFRESH-INTERVAL' in cal else None,
            'refreshValue': cal['REFRESH-INTERVAL'].params.get('VALUE') if 'REFRESH-INTERVAL' in cal else None,
            'ttl': text(cal, 'X-PUBLISHED-TTL'),
            'method': text(cal, 'METHOD'),
            'tzids': [str(tz['TZID']) for tz in cal.walk('VTIMEZONE')],
            'events': [],
            'todos': [],
        }
        for ev in cal.walk('VEVENT'):
            out['events'].append({
                'uid': text(ev, 'UID'),
                'summary': text(ev, 'SUMMARY'),
                'description': text(ev, 'DESCRIPTION'),
                'location': text(ev, 'LOCATION'),
                'dtstart': when(ev.decoded('DTSTART')),
                'dtend': when(ev.decoded('DTEND')),
                'tzid': ev['DTSTART'].params.get('TZID'),
            })
        for todo in cal.walk('VTODO'):
            alarms = todo.walk('VALARM')
            out['todos'].append({
                'uid': text(todo, 'UID'),
                'summary': text(todo, 'SUMMARY'),
                'description': text(todo, 'DESCRIPTION'),
                'due': when(todo.decoded('DUE')),
                'status': text(todo, 'STATUS'),
                'alarms': len(alarms),
                'action': text(alarms[0], 'ACTION') if alarms else None,
                'trigger': when(alarms[0].decoded('TRIGGER')) if alarms else None,
            })
        print(json.dumps(out, ensure_ascii=False))
        """;

    private static JsonElement ReadIndependently(string text) =>
        JsonDocument.Parse(IndependentParser.Run("icalendar", DumpScript, text)).RootElement;

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    [Fact]
    public void Meeting_ReadByPythonIcalendar_KeepsInstantsTextAndTimeZone()
    {
        var invite = Invite();

        var read = ReadIndependently(CalendarWriter.Meeting(invite));

        Assert.Equal(["Asia/Tokyo"], read.GetProperty("tzids").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("PUBLISH", Text(read, "method"));
        var meeting = Assert.Single(read.GetProperty("events").EnumerateArray());
        Assert.Equal(
            (invite.Uid, TrickySummary, invite.Description, invite.Location, "2026-12-03T10:00:00Z", "2026-12-03T10:45:00Z", "Asia/Tokyo"),
            (Text(meeting, "uid"), Text(meeting, "summary"), Text(meeting, "description"), Text(meeting, "location"), Text(meeting, "dtstart"), Text(meeting, "dtend"), Text(meeting, "tzid")));
    }

    [Fact]
    public void Feed_ReadByPythonIcalendar_KeepsEventsFollowUpsAndAlarms()
    {
        var read = ReadIndependently(WriteFeed());

        Assert.Equal((FeedName, "PT1H", "DURATION", "PT1H"), (Text(read, "calname"), Text(read, "refresh"), Text(read, "refreshValue"), Text(read, "ttl")));
        Assert.Equal(["Asia/Tokyo"], read.GetProperty("tzids").EnumerateArray().Select(t => t.GetString()));
        var events = read.GetProperty("events").EnumerateArray().ToDictionary(e => Text(e, "uid")!);
        Assert.Equal((AllDay.Title, "2026-12-10", "2026-12-11"), (Text(events[AllDay.Uid], "summary"), Text(events[AllDay.Uid], "dtstart"), Text(events[AllDay.Uid], "dtend")));
        Assert.Equal((Timed.Description, "2026-12-12T09:30:00Z", "2026-12-12T11:30:00Z", "Asia/Tokyo"), (Text(events[Timed.Uid], "description"), Text(events[Timed.Uid], "dtstart"), Text(events[Timed.Uid], "dtend"), Text(events[Timed.Uid], "tzid")));
        var todos = read.GetProperty("todos").EnumerateArray().ToDictionary(t => Text(t, "uid")!);
        Assert.Equal(2, todos.Count);
        Assert.Equal(
            ("2026-12-05", "NEEDS-ACTION", FollowUps[0].Description, 1, "DISPLAY", "2026-12-05T00:00:00Z"),
            (Text(todos[FollowUps[0].Uid], "due"), Text(todos[FollowUps[0].Uid], "status"), Text(todos[FollowUps[0].Uid], "description"), todos[FollowUps[0].Uid].GetProperty("alarms").GetInt32(), Text(todos[FollowUps[0].Uid], "action"), Text(todos[FollowUps[0].Uid], "trigger")));
        Assert.Equal(("2027-01-04", "2027-01-04T00:00:00Z"), (Text(todos[FollowUps[1].Uid], "due"), Text(todos[FollowUps[1].Uid], "trigger")));
    }

    [Fact]
    public void Feed_Empty_ReadByPythonIcalendar_IsACalendarWithNothingInIt()
    {
        var read = ReadIndependently(CalendarWriter.Feed(FeedName, [], [], Stamp));

        Assert.Equal(FeedName, Text(read, "calname"));
        Assert.Empty(read.GetProperty("events").EnumerateArray());
        Assert.Empty(read.GetProperty("todos").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(LongTexts))]
    public void Write_LongJapaneseText_PythonIcalendarReadsItBackIntact(string which)
    {
        var read = ReadIndependently(WriteLong(which));

        var item = Assert.Single(read.GetProperty("events").EnumerateArray());
        Assert.Equal((LongJapanese, LongJapanese), (Text(item, "summary"), Text(item, "description")));
    }
}
