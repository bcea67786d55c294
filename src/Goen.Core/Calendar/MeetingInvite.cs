namespace Goen.Core.Calendar;

/// <summary>A meeting between two people, as one calendar file that either of them can add to their calendar.</summary>
/// <param name="Uid">The globally unique identifier of the meeting; the same meeting sent again must keep it, so that calendars update rather than duplicate it.</param>
/// <param name="Summary">The title, already in the reader's language.</param>
/// <param name="Description">The notes, already in the reader's language; may span several lines. Empty for none.</param>
/// <param name="LocalStart">The start as a wall-clock time in Asia/Tokyo, whatever its <see cref="DateTime.Kind"/> (which must not be <see cref="DateTimeKind.Utc"/>).</param>
/// <param name="Minutes">The length of the meeting in minutes; positive.</param>
/// <param name="Location">Where the people meet. Empty for none.</param>
/// <param name="Stamp">The instant the file is written, which calendars use to tell the newer of two copies.</param>
public sealed record MeetingInvite(string Uid, string Summary, string Description, DateTime LocalStart, int Minutes, string Location, DateTimeOffset Stamp);
