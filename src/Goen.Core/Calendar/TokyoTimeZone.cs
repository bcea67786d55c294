using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Goen.Core.Calendar;

/// <summary>Asia/Tokyo, the one time zone Goen's calendar files are written in.</summary>
internal static class TokyoTimeZone
{
    public const string Id = "Asia/Tokyo";

    private static readonly UtcOffset Offset = new(TimeSpan.FromHours(9));

    /// <summary>
    /// Creates the VTIMEZONE block for Asia/Tokyo. Ical.Net writes TZID parameters without one, and RFC 5545
    /// requires a VTIMEZONE for every TZID used; Japan has kept +09:00 without daylight saving since 1951, so a
    /// single STANDARD rule from 1970 describes every date Goen writes.
    /// </summary>
    public static VTimeZone Create()
    {
        var zone = new VTimeZone(Id);
        zone.TimeZoneInfos.Add(new VTimeZoneInfo("STANDARD")
        {
            Start = new CalDateTime(1970, 1, 1, 0, 0, 0),
            OffsetFrom = Offset,
            OffsetTo = Offset,
            TimeZoneName = "JST",
        });
        return zone;
    }

    /// <summary>Creates a date and time in Asia/Tokyo from a wall-clock time.</summary>
    public static CalDateTime At(DateOnly date, TimeOnly time) => new(date, time, Id);

    /// <summary>Creates a date and time in UTC from an instant.</summary>
    public static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, CalDateTime.UtcTzId);
}
