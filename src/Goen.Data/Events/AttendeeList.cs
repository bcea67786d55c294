namespace Goen.Data.Events;

/// <summary>An event's attendees as one viewer may see them, best conversations first.</summary>
public sealed record AttendeeList(int EventId, string Title, EventRole ViewerRole, IReadOnlyList<AttendeeEntry> Attendees);
