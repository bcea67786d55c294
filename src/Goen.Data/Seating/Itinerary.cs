namespace Goen.Data.Seating;

/// <summary>One attendee's tables, round by round.</summary>
/// <param name="EventTitle">The event.</param>
/// <param name="Name">The attendee's name.</param>
/// <param name="Rounds">Each round of the plan; empty while there is no plan.</param>
public sealed record Itinerary(string EventTitle, string Name, IReadOnlyList<ItineraryRound> Rounds);
