namespace Goen.Core.Seating;

/// <summary>A plan changed by hand, with what the change does: the independent checker's report of the plan before and after.</summary>
/// <param name="Plan">The plan with the move made; the two tables it touches have their topics found again.</param>
/// <param name="Before">The plan as it was.</param>
/// <param name="After">The plan with the move made, against the same problem: repeats, value, and any rule the move breaks (table sizes, pins, apart-rules).</param>
public sealed record EventSeatingMove(EventSeatingPlan Plan, PlanReport Before, PlanReport After);
