namespace Goen.Core.Seating;

/// <summary>The outcome of a seating search: the best plan found and its figures.</summary>
/// <remarks>
/// <see cref="Repeats"/> is zero whenever the search found a plan in which no pair meets twice. When it is not
/// zero, either no such plan exists (as for 6 tables of 6 over 4 rounds) or the search ran out of time first.
/// </remarks>
public sealed record SeatingResult
{
    /// <summary>Gets the best plan found.</summary>
    public required SeatingPlan Plan { get; init; }

    /// <summary>Gets the plan's sum of pair values over pairs sharing a table, summed over rounds.</summary>
    public required double Objective { get; init; }

    /// <summary>Gets the plan's repeat meetings: for each pair, the meetings beyond their first.</summary>
    public required int Repeats { get; init; }

    /// <summary>Gets the number of pairs seated together, summed over rounds, that were to sit apart; zero unless the rules could not be met.</summary>
    public required int ApartViolations { get; init; }

    /// <summary>
    /// Gets, for a re-plan, the seats of people who stay that the plan moves to another table in the rounds not yet
    /// held; zero for a plan made from scratch.
    /// </summary>
    /// <remarks>
    /// A seat is one person in one round; it counts as moved when the previous plan seated that person in that round
    /// and this plan seats them at a table with another number. Walk-ins and no-shows do not count.
    /// <see cref="PlanChecker.CountMovedSeats"/> counts the same from the two plans alone.
    /// </remarks>
    public int MovedSeats { get; init; }

    /// <summary>Gets the search steps taken.</summary>
    public required long Iterations { get; init; }

    /// <summary>Gets the wall time the search took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>
    /// Gets the search's figures when it first held a plan in which no pair meets twice and nobody shares a table
    /// with someone they must sit apart from, or null if it never did.
    /// </summary>
    /// <remarks>
    /// The search goes on improving value until a limit stops it, so <see cref="Elapsed"/> says when the final plan
    /// was returned and this says when the first plan without repeats existed: its time is counted from the start of
    /// the call, building the first plan included, and its objective is that plan's. It is the figure to hold
    /// against a bar such as "zero repeats within five seconds".
    /// </remarks>
    public SeatingProgress? FirstConflictFree { get; init; }
}
