namespace Goen.Core.Calendar;

/// <summary>Something a member means to do after an encounter, as a to-do in the member's private calendar feed.</summary>
/// <param name="Uid">The globally unique identifier of the follow-up; stable across refreshes of the feed.</param>
/// <param name="Summary">The title, already in the reader's language.</param>
/// <param name="Description">The notes, already in the reader's language. Empty for none.</param>
/// <param name="Due">The day the follow-up is due, in Asia/Tokyo.</param>
public sealed record FeedFollowUp(string Uid, string Summary, string Description, DateOnly Due);
