namespace Goen.Core.Seating;

/// <summary>One table in one round of an event's plan: who sits there, by attendee id, and what they can talk about.</summary>
/// <param name="PersonIds">The <see cref="EventAttendee.Id"/>s of the people at the table.</param>
/// <param name="Topics">The conversation topics the table's people share, the most widely shared first; empty for none.</param>
public sealed record EventSeatingTable(IReadOnlyList<string> PersonIds, IReadOnlyList<string> Topics);
