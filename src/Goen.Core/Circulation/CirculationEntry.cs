namespace Goen.Core.Circulation;

/// <summary>One introduction, as input to <see cref="CirculationGraph.Build"/>: the introducer introduced A and B.</summary>
/// <param name="IntroducerId">The id of the person who made the introduction.</param>
/// <param name="AId">The id of one of the two people introduced.</param>
/// <param name="BId">The id of the other.</param>
/// <param name="Accepted">Whether both sides said yes, so that the introduction was made; otherwise it was only asked.</param>
/// <param name="Outcome">What came of it.</param>
/// <param name="Date">The day the introduction was asked; it decides the month it is counted in.</param>
public sealed record CirculationEntry(string IntroducerId, string AId, string BId, bool Accepted, IntroductionOutcome Outcome, DateOnly Date);
