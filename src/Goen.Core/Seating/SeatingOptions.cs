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
    /// Gets whether the search may stop early once a plan cannot be improved: no repeats, no broken rules and,
    /// when all values are zero, nothing left to gain. The default is true.
    /// </summary>
    public bool StopWhenNothingToGain { get; init; } = true;
}
