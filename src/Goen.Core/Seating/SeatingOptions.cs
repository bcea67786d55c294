namespace Goen.Core.Seating;

/// <summary>How long and how the <see cref="SeatingOptimizer"/> searches.</summary>
/// <remarks>
/// The search stops at whichever comes first: <see cref="TimeLimit"/>, <see cref="MaxIterations"/>, or
/// cancellation. For the same <see cref="Seed"/> and problem, a search stopped by <see cref="MaxIterations"/>
/// always returns the same plan; one stopped by the clock depends on the machine's speed.
/// </remarks>
public sealed record SeatingOptions
{
    /// <summary>Gets the seed of the search's random choices. The default is 0.</summary>
    public int Seed { get; init; }

    /// <summary>Gets the most wall time the search may take. The default is ten seconds.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the most search steps the search may take, or null for no limit but the time. The default is null.</summary>
    public long? MaxIterations { get; init; }

    /// <summary>Gets the clock the time limit is measured on. The default is <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Gets how much pair value a re-plan must gain, for each seat it moves of a person who stays, as a multiple of the
    /// problem's largest pair value. The default is 1; 0 gives moved seats no weight.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Only <see cref="SeatingOptimizer.Replan"/> uses this. People are given their previous plan's tables in print
    /// before the event, so a re-plan keeps each person who stays at their previous table in each remaining round
    /// unless moving them is needed — to seat walk-ins, fill tables that no-shows left below their minimum, or avoid a
    /// repeat or a broken apart-rule, all of which come first whatever this is — or gains more than this much value.
    /// </para>
    /// <para>
    /// At 1, a move must gain as much as the best-matched pair of the event is worth, so people move only for a
    /// clearly better table; at 0 the re-plan starts from the previous plan but moves anyone for any gain in value.
    /// When every pair value is zero, a moved seat costs this much against nothing, so any positive value keeps
    /// people where they were.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value being set is negative or not finite.</exception>
    public double MoveCost
    {
        get;
        init => field = double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A move cost must be finite and not negative.");
    } = 1;

    /// <summary>
    /// Gets how many searches run side by side, each on its own thread from its own seed (<see cref="Seed"/>,
    /// <see cref="Seed"/> + 1, …), the best plan of them all being returned. The default is 1.
    /// </summary>
    /// <remarks>
    /// Independent searches, not one search split: the first is the search a single thread makes, step for step, so
    /// at a <see cref="MaxIterations"/> budget more threads never return a worse plan than one. Worth it only when the
    /// threads get cores of their own; on a machine that is busy they share the cores and each takes fewer steps.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value being set is less than 1 or more than 64.</exception>
    public int Threads
    {
        get;
        init => field = value is >= 1 and <= 64
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A search runs on 1 to 64 threads.");
    } = 1;

    /// <summary>
    /// Gets whether the search may stop early once a plan cannot be improved: no repeats, no broken rules and,
    /// when all values are zero, nothing left to gain. The default is true.
    /// </summary>
    public bool StopWhenNothingToGain { get; init; } = true;
}
