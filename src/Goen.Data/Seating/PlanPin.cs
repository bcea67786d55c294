namespace Goen.Data.Seating;

/// <summary>A person who sits at one table in every round, such as a host.</summary>
/// <param name="PersonId">The attendee's person id.</param>
/// <param name="Table">The table, counted from 1.</param>
public sealed record PlanPin(int PersonId, int Table);
