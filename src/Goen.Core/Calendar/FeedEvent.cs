namespace Goen.Core.Calendar;

/// <summary>An event a member attends, as it appears in the member's private calendar feed.</summary>
/// <param name="Uid">The globally unique identifier of the event; stable across refreshes of the feed.</param>
/// <param name="Title">The title, already in the reader's language.</param>
/// <param name="Date">The day of the event in Asia/Tokyo.</param>
/// <param name="StartTime">The start as a wall-clock time in Asia/Tokyo, or <see langword="null"/> for an all-day event.</param>
/// <param name="Place">Where the event takes place. Empty for none.</param>
/// <param name="Description">The notes, already in the reader's language. Empty for none.</param>
public sealed record FeedEvent(string Uid, string Title, DateOnly Date, TimeOnly? StartTime, string Place, string Description);
