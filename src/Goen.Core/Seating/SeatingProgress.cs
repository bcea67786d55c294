namespace Goen.Core.Seating;

/// <summary>A report of how far a seating search has come, with the best plan's figures so far.</summary>
/// <param name="Iterations">The search steps taken.</param>
/// <param name="Objective">The best plan's sum of pair values.</param>
/// <param name="Repeats">The best plan's repeat meetings: for each pair, the meetings beyond their first.</param>
/// <param name="Elapsed">The time since the search began.</param>
/// <param name="TimeLimit">The time the search may take in all.</param>
public readonly record struct SeatingProgress(long Iterations, double Objective, int Repeats, TimeSpan Elapsed, TimeSpan TimeLimit);
