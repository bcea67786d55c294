using Goen.Data.People;

namespace Goen.Data.Seating;

/// <summary>One round of an itinerary.</summary>
/// <param name="Round">The round, counted from 1.</param>
/// <param name="Table">The table, counted from 1, or null when the attendee is not seated in this round.</param>
/// <param name="Topics">The table's conversation topics.</param>
/// <param name="Mates">The others at the table, each cut to what they share with the attendee.</param>
public sealed record ItineraryRound(int Round, int? Table, IReadOnlyList<string> Topics, IReadOnlyList<SharedProfile> Mates);
