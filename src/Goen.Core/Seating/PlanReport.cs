namespace Goen.Core.Seating;

/// <summary>What <see cref="PlanChecker"/> found in a plan: broken rules, repeats and the objective.</summary>
public sealed record PlanReport
{
    /// <summary>Gets the rules the plan breaks, as data (a page says them in its reader's language); empty for a valid plan.</summary>
    public required IReadOnlyList<PlanBreak> Breaks { get; init; }

    /// <summary>Gets the same rules as English sentences, one per rule, in the same order (logs, tests, the CLI).</summary>
    public IReadOnlyList<string> Violations => [.. Breaks.Select(b => b.Sentence)];

    /// <summary>Gets whether the plan breaks no rule. Repeats are not rule violations; see <see cref="Repeats"/>.</summary>
    public bool IsValid => Breaks.Count == 0;

    /// <summary>Gets the repeat meetings: for each pair, the meetings beyond their first.</summary>
    public required int Repeats { get; init; }

    /// <summary>Gets the pairs who meet more than once, each with the number of times they meet.</summary>
    public required IReadOnlyList<(int First, int Second, int Meetings)> RepeatedPairs { get; init; }

    /// <summary>Gets the plan's sum of pair values over pairs sharing a table, summed over rounds.</summary>
    public required double Objective { get; init; }
}
