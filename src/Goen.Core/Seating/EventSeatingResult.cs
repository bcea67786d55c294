namespace Goen.Core.Seating;

/// <summary>A plan or re-plan of an event: the plan by attendee id to save, the problem it solved, and its figures.</summary>
/// <remarks>
/// <see cref="Problem"/> and <see cref="Seats"/> number people by their position in <see cref="EventSeatingPlan.Attendees"/>
/// of <see cref="Plan"/>; they are what <see cref="PlanChecker"/> checks, and what a caller needs to show what moving
/// one person would do.
/// </remarks>
public sealed record EventSeatingResult
{
    /// <summary>Gets the plan, by attendee id.</summary>
    public required EventSeatingPlan Plan { get; init; }

    /// <summary>Gets the seating problem that was solved, people numbered by their position in the plan's attendees.</summary>
    public required SeatingProblem Problem { get; init; }

    /// <summary>Gets the plan by position in the plan's attendees, as the optimizer returned it.</summary>
    public required SeatingPlan Seats { get; init; }

    /// <summary>Gets the plan's sum of pair values over pairs sharing a table, summed over rounds.</summary>
    public required double Value { get; init; }

    /// <summary>Gets the repeat meetings, held rounds included: for each pair, the meetings beyond their first.</summary>
    public required int Repeats { get; init; }

    /// <summary>Gets the times people who must sit apart share a table; zero unless the rules could not be met.</summary>
    public required int ApartViolations { get; init; }

    /// <summary>Gets, for a re-plan, the seats of people who stay that moved to another table; zero for a new plan.</summary>
    public int MovedSeats { get; init; }

    /// <summary>Gets the ids given to the walk-ins of a re-plan, in the order they were given; empty for a new plan.</summary>
    public IReadOnlyList<string> WalkInIds { get; init; } = [];

    /// <summary>Gets the wall time the whole call took, scoring included.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Gets the optimizer's figures when it first held a plan with no repeats and no broken apart-rule, or null if it never did.</summary>
    /// <remarks>Its time is counted from the start of the search, after scoring; see <see cref="SeatingResult.FirstConflictFree"/>.</remarks>
    public SeatingProgress? FirstConflictFree { get; init; }

    /// <summary>Gets the optimizer's search steps.</summary>
    public required long Iterations { get; init; }
}
