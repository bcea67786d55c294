using Goen.Core.Calendar;

namespace Goen.Core.Tests.Calendar;

public partial class CalendarWriterTests
{
    private const string FeedName = "Goen — 佐藤さんの予定, 1on1; 交流会";

    private static readonly FeedEvent AllDay = new("event-1@goen.example", "異業種交流会, 秋; 懇親", new DateOnly(2026, 12, 10), null, "", "");

    private static readonly FeedEvent Timed = new("event-2@goen.example", "Goen Night Tokyo", new DateOnly(2026, 12, 12), new TimeOnly(18, 30), "渋谷ヒカリエ 8F", "受付は18:15から\n名札あり");

    private static readonly FeedFollowUp[] FollowUps =
    [
        new("follow-1@goen.example", "山田さんに見積を送る", "先日の件, 税込; 2案", new DateOnly(2026, 12, 5)),
        new("follow-2@goen.example", "Introduce Emma to Ken", "", new DateOnly(2027, 1, 4)),
    ];

    private static string WriteFeed() => CalendarWriter.Feed(FeedName, [AllDay, Timed], FollowUps, Stamp);

    [Fact]
    public void Feed_AllDayEvent_IsDateOnlyEndingNextDay()
    {
        var text = WriteFeed();

        var allDay = Assert.Single(Parse(text).Events, e => e.Uid == AllDay.Uid);
        Assert.True(allDay.IsAllDay);
        Assert.Equal((new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 11)), (allDay.DtStart!.Date, allDay.DtEnd!.Date));
        Assert.Equal(AllDay.Title, allDay.Summary);
        Assert.Equal((1, 1), (Count(text, "DTSTART;VALUE=DATE:20261210"), Count(text, "DTEND;VALUE=DATE:20261211")));
    }

    [Fact]
    public void Feed_TimedEvent_IsTwoHoursInTokyo()
    {
        var text = WriteFeed();

        var timed = Assert.Single(Parse(text).Events, e => e.Uid == Timed.Uid);
        Assert.Equal(new DateTime(2026, 12, 12, 9, 30, 0, DateTimeKind.Utc), timed.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 12, 11, 30, 0, DateTimeKind.Utc), timed.DtEnd!.AsUtc);
        Assert.Equal((Timed.Place, Timed.Description), (timed.Location, timed.Description));
        Assert.Equal(1, Count(text, "DTSTART;TZID=Asia/Tokyo:20261212T183000"));
    }

    [Fact]
    public void Feed_FollowUps_AreToDosDueOnTheirDay()
    {
        var text = WriteFeed();

        var todos = Parse(text).Todos.OrderBy(t => t.Uid, StringComparer.Ordinal).ToList();
        Assert.Equal(2, todos.Count);
        Assert.Equal(FollowUps.Select(f => (f.Uid, f.Summary, f.Due)), todos.Select(t => (t.Uid!, t.Summary!, t.Due!.Date)));
        Assert.All(todos, t => Assert.False(t.Due!.HasTime));
        Assert.All(todos, t => Assert.Equal("NEEDS-ACTION", t.Status));
        Assert.Equal((1, 1), (Count(text, "DUE;VALUE=DATE:20261205"), Count(text, "DUE;VALUE=DATE:20270104")));
    }

    [Fact]
    public void Feed_FollowUp_RemindsAtNineInTokyoOnTheDueDate()
    {
        var text = WriteFeed();

        var todo = Assert.Single(Parse(text).Todos, t => t.Uid == FollowUps[0].Uid);
        var alarm = Assert.Single(todo.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.Equal(FollowUps[0].Summary, alarm.Description);
        Assert.Equal(new DateTime(2026, 12, 5, 0, 0, 0, DateTimeKind.Utc), alarm.Trigger!.DateTime!.AsUtc);
        Assert.Equal(1, Count(text, "TRIGGER;VALUE=DATE-TIME:20261205T000000Z"));
    }

    [Fact]
    public void Feed_Header_NamesTheCalendarAndAsksForHourlyRefresh()
    {
        var text = WriteFeed();

        var calendar = Parse(text);
        Assert.Equal(FeedName, calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(
            [1, 1, 1, 1],
            [Count(text, "REFRESH-INTERVAL;VALUE=DURATION:PT1H"), Count(text, "X-PUBLISHED-TTL:PT1H"), Count(text, "PRODID:-//Goen//Goen//EN"), Count(text, "BEGIN:VTIMEZONE")]);
    }

    [Fact]
    public void Feed_EveryItem_IsStampedInUtc()
    {
        var text = WriteFeed();

        Assert.Equal(4, Count(text, "DTSTAMP:20261130T070500Z"));
    }

    [Fact]
    public void Feed_Empty_IsAValidCalendar()
    {
        var text = CalendarWriter.Feed(FeedName, [], [], Stamp);

        var calendar = Parse(text);
        Assert.Empty(calendar.Events);
        Assert.Empty(calendar.Todos);
        Assert.Equal(("2.0", "-//Goen//Goen//EN"), (calendar.Version, calendar.ProductId));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\nEND:VCALENDAR\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_FollowUpWithoutSummary_StillHasAnAlarmDescription()
    {
        var text = CalendarWriter.Feed(FeedName, [], [FollowUps[1] with { Summary = "" }], Stamp);

        var alarm = Assert.Single(Assert.Single(Parse(text).Todos).Alarms);
        Assert.NotNull(alarm.Description);
        Assert.Equal(1, Count(text, "DESCRIPTION:"));
    }

    [Fact]
    public void Feed_NullItem_Throws()
    {
        FeedEvent[] events = [AllDay, null!];

        Assert.Throws<ArgumentNullException>(() => CalendarWriter.Feed(FeedName, events, [], Stamp));
    }
}
