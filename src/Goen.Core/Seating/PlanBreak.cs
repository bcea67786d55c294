namespace Goen.Core.Seating;

/// <summary>A rule a plan breaks, as data, so a page can say it in its reader's language with people's names.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="Round">The round (0-based), or -1 for the plan as a whole.</param>
/// <param name="Table">The table (0-based), or -1.</param>
/// <param name="First">The person (0-based position), or -1.</param>
/// <param name="Second">The second person of a pair, or -1.</param>
/// <param name="Count">How many (people at the table, times seated, rounds or tables), or -1.</param>
/// <param name="Min">The fewest allowed, or the pinned table (0-based), or -1.</param>
/// <param name="Max">The most allowed, or -1.</param>
public sealed record PlanBreak(PlanBreakKind Kind, int Round, int Table = -1, int First = -1, int Second = -1, int Count = -1, int Min = -1, int Max = -1)
{
    /// <summary>Gets the rule as an English sentence, with people by position and rounds and tables counted from 1.</summary>
    public string Sentence => Kind switch
    {
        PlanBreakKind.RoundCount => $"The plan has {Count} rounds; the problem has {Max}.",
        PlanBreakKind.TableCount => $"Round {Round + 1} has {Count} tables; the problem has {Max}.",
        PlanBreakKind.TableSize => $"Round {Round + 1}, table {Table + 1} seats {Count}; it must seat {Min}–{Max}.",
        PlanBreakKind.UnknownPerson => $"Round {Round + 1}, table {Table + 1} seats person {First}, who does not exist.",
        PlanBreakKind.Pinned => $"Round {Round + 1}: person {First} sits at table {Table + 1} but is pinned to table {Min + 1}.",
        PlanBreakKind.Apart => $"Round {Round + 1}, table {Table + 1}: persons {First} and {Second} must sit apart.",
        PlanBreakKind.SeatedTimes => $"Round {Round + 1}: person {First} is present but seated {Count} times.",
        _ => $"Round {Round + 1}: person {First} is seated but not present.",
    };
}
