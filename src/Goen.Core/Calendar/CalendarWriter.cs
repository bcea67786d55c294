using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Goen.Core.Calendar;

/// <summary>Writes iCalendar (RFC 5545) files: a single meeting to add to a calendar, and a member's private feed.</summary>
/// <remarks>
/// Every date and time is written in Asia/Tokyo, with its VTIMEZONE, except stamps, which are UTC. Text is
/// written as given (callers localize it first); escaping is Ical.Net's, folding is by whole characters.
/// The writer reads no clock: the stamp is an argument, so the same input always gives the same file.
/// </remarks>
public static class CalendarWriter
{
    private const string ProductId = "-//Goen//Goen//EN";
    private const int FeedEventHours = 2;

    // Both names for one wish: REFRESH-INTERVAL is RFC 7986's, X-PUBLISHED-TTL the older one that Outlook and
    // Apple's calendars grew up with. Neither is binding: Google Calendar refreshes subscriptions on its own
    // schedule (hours, sometimes a day) whatever the feed asks.
    private const string RefreshInterval = "PT1H";

    /// <summary>Writes one meeting as a calendar file, ready to attach to a mail or to download.</summary>
    /// <remarks>
    /// The file has METHOD:PUBLISH, so calendars offer to add the meeting without treating it as a request to
    /// reply to. The same <see cref="MeetingInvite.Uid"/> names the same meeting, so a calendar that already holds
    /// it replaces it rather than adding a second one.
    /// </remarks>
    /// <param name="invite">The meeting.</param>
    /// <returns>The iCalendar text, with CRLF line breaks, to be sent as UTF-8 (<c>text/calendar; charset=utf-8</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="invite"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The UID is empty, or the start is a UTC time rather than a wall-clock time.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The length in minutes is not positive.</exception>
    public static string Meeting(MeetingInvite invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        RequireUid(invite.Uid, nameof(invite));
        if (invite.LocalStart.Kind == DateTimeKind.Utc)
        {
            throw new ArgumentException("The start must be a wall-clock time in Asia/Tokyo, not a UTC time.", nameof(invite));
        }

        if (invite.Minutes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(invite), invite.Minutes, "A meeting must last at least one minute.");
        }

        var calendar = NewCalendar();
        var start = TokyoTimeZone.At(DateOnly.FromDateTime(invite.LocalStart), TimeOnly.FromDateTime(invite.LocalStart));
        var meeting = new CalendarEvent
        {
            Uid = invite.Uid,
            DtStamp = TokyoTimeZone.Utc(invite.Stamp),
            DtStart = start,
            DtEnd = start.AddMinutes(invite.Minutes),
            Summary = Text(invite.Summary),
            Description = Text(invite.Description),
            Location = Text(invite.Location),
        };
        calendar.Events.Add(meeting);
        return Serialize(calendar);
    }

    /// <summary>Writes a member's private calendar feed: the events they attend and the follow-ups they owe.</summary>
    /// <remarks>
    /// <para>
    /// The feed is meant to be subscribed to by URL; it asks calendars to refresh it hourly, which most honour and
    /// Google Calendar does not promise. An event without a start time is an all-day event; one with a start
    /// time is written as two hours long. Each follow-up is a to-do due on its day, with a reminder at 09:00
    /// Asia/Tokyo that day.
    /// </para>
    /// <para>
    /// Google Calendar and Apple's Calendar show no to-dos from subscribed feeds; clients that do (Thunderbird,
    /// DAVx⁵ with a tasks app) show them with their reminders.
    /// </para>
    /// </remarks>
    /// <param name="calendarName">The name calendars show for the feed.</param>
    /// <param name="events">The events, in any order.</param>
    /// <param name="followUps">The follow-ups, in any order.</param>
    /// <param name="stamp">The instant the feed is written.</param>
    /// <returns>The iCalendar text, with CRLF line breaks, to be served as UTF-8 (<c>text/calendar; charset=utf-8</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendarName"/>, <paramref name="events"/> or <paramref name="followUps"/> is <see langword="null"/>, or one of them holds a <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An event or follow-up has an empty UID.</exception>
    public static string Feed(string calendarName, IEnumerable<FeedEvent> events, IEnumerable<FeedFollowUp> followUps, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(calendarName);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(followUps);

        var calendar = NewCalendar();
        calendar.AddProperty("X-WR-CALNAME", Text(calendarName) ?? string.Empty);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);

        var dtStamp = TokyoTimeZone.Utc(stamp);
        foreach (var item in events)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(events));
            calendar.Events.Add(Event(item, dtStamp));
        }

        foreach (var item in followUps)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(followUps));
            calendar.Todos.Add(ToDo(item, dtStamp));
        }

        return Serialize(calendar);
    }

    private static CalendarEvent Event(FeedEvent item, CalDateTime stamp)
    {
        RequireUid(item.Uid, "events");
        var (start, end) = item.StartTime is { } time
            ? (TokyoTimeZone.At(item.Date, time), TokyoTimeZone.At(item.Date, time).AddHours(FeedEventHours))
            : (new CalDateTime(item.Date), new CalDateTime(item.Date.AddDays(1)));
        return new CalendarEvent
        {
            Uid = item.Uid,
            DtStamp = stamp,
            DtStart = start,
            DtEnd = end,
            Summary = Text(item.Title),
            Description = Text(item.Description),
            Location = Text(item.Place),
        };
    }

    private static Todo ToDo(FeedFollowUp item, CalDateTime stamp)
    {
        RequireUid(item.Uid, "followUps");
        var todo = new Todo
        {
            Uid = item.Uid,
            DtStamp = stamp,
            Due = new CalDateTime(item.Due),
            Summary = Text(item.Summary),
            Description = Text(item.Description),
            Status = TodoStatus.NeedsAction,
        };

        // An absolute trigger, 09:00 Asia/Tokyo written as 00:00Z, rather than TRIGGER:PT9H after the date-valued
        // DUE: a date has no time zone, so a reader abroad would ring at its own 09:00 (or at 09:00Z); a relative
        // trigger would also need RELATED=END, the to-do having no DTSTART, and Ical.Net 5.2.4 does not write
        // Trigger.Related. An absolute UTC trigger means one instant to every client that honours VALARM.
        var trigger = new Trigger { DateTime = TokyoTimeZone.Utc(new DateTimeOffset(item.Due.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(9))) };
        trigger.SetValueType("DATE-TIME");
        todo.Alarms.Add(new Alarm
        {
            Action = AlarmAction.Display,
            Description = Text(item.Summary) ?? string.Empty,
            Trigger = trigger,
        });
        return todo;
    }

    private static IcalCalendar NewCalendar()
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.TimeZones.Add(TokyoTimeZone.Create());
        return calendar;
    }

    private static string Serialize(IcalCalendar calendar) =>
        ContentLines.Refold(new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("Ical.Net wrote no calendar."));

    // RFC 5545 allows no control characters in TEXT but tab and line breaks (which Ical.Net escapes); one pasted
    // from elsewhere would make strict readers refuse the whole file, so it is dropped.
    private static string? Text(string? text) =>
        string.IsNullOrEmpty(text) ? null
        : text.Any(IsForbiddenControl) ? string.Concat(text.Where(c => !IsForbiddenControl(c)))
        : text;

    private static bool IsForbiddenControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007f';

    private static void RequireUid(string uid, string paramName)
    {
        if (string.IsNullOrWhiteSpace(uid))
        {
            throw new ArgumentException("Every calendar item needs a UID.", paramName);
        }
    }
}
