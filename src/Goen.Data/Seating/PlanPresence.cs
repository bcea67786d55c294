namespace Goen.Data.Seating;

/// <summary>Someone who arrives late or leaves early: the rounds they are there for, counted from 1.</summary>
/// <param name="PersonId">The attendee's person id.</param>
/// <param name="FromRound">The first round they are there for; null from the start.</param>
/// <param name="UntilRound">The last round they are there for; null to the end.</param>
public sealed record PlanPresence(int PersonId, int? FromRound = null, int? UntilRound = null);
