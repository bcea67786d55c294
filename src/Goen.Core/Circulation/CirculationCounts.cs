namespace Goen.Core.Circulation;

/// <summary>The numbers beside a circulation view: introductions made, accepted, led to a meeting, led to work.</summary>
/// <remarks>
/// Each number counts a subset of the one before it, so that the four read as a funnel:
/// <c>Made ≥ Accepted ≥ Met ≥ WorkedTogether</c>. An introduction recorded with an outcome but never accepted
/// counts as made only.
/// </remarks>
/// <param name="Made">Every introduction, asked or accepted.</param>
/// <param name="Accepted">The introductions both sides said yes to.</param>
/// <param name="Met">The accepted introductions whose outcome is <see cref="IntroductionOutcome.Met"/> or <see cref="IntroductionOutcome.WorkedTogether"/>.</param>
/// <param name="WorkedTogether">The accepted introductions whose outcome is <see cref="IntroductionOutcome.WorkedTogether"/>.</param>
/// <param name="Months">The same numbers for each calendar month from the earliest introduction's to the latest's,
/// oldest first, months without introductions included; empty when there are no introductions.</param>
public sealed record CirculationCounts(int Made, int Accepted, int Met, int WorkedTogether, IReadOnlyList<CirculationMonth> Months);
