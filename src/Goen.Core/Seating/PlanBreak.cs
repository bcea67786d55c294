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
public sealed record PlanBreak(PlanBreakKind Kind, int Round, int Table = -1, int First = -1, int Second = -1, int Count = -1, int Min = -1, int Max = -1);
