namespace Goen.Core.Matching;

/// <summary>How a ranker did on a trust set: how far its suggestions can be trusted, and how much they find.</summary>
/// <param name="People">The number of labelled people.</param>
/// <param name="Suggestions">The number of suggestions among everyone's first three (only suggestions with a score above zero).</param>
/// <param name="PrecisionAt3">The share of those suggestions that are acceptable helpers; 0 when there are none.</param>
/// <param name="FalseHintRate">The share of labelled people whose first three suggestions hold a trap.</param>
/// <param name="FalseHints">Every trap found among someone's first three, in label order.</param>
/// <param name="HelpQueries">The number of people with at least one acceptable helper.</param>
/// <param name="HitAt3">The share of those with an acceptable helper among their first three.</param>
/// <param name="Mrr">Mean reciprocal rank of the first acceptable helper over those people (0 when none is ranked).</param>
/// <param name="CrossQueries">The number of those whose every acceptable helper writes in the other language.</param>
/// <param name="CrossHitAt3">hit@3 on those.</param>
/// <param name="Misses">The people with helpers but none among their first three.</param>
/// <param name="NobodyPeople">The number of people nobody in the community can help.</param>
/// <param name="NobodyCorrect">The share of those who get no suggestion at all; 0 when there are none.</param>
/// <param name="NobodySuggested">The people nobody can help who were still given a suggestion.</param>
/// <param name="SmallTalkQueries">The number of people with at least one acceptable small-talk partner.</param>
/// <param name="SmallTalkHitAt5">The share of those with an acceptable partner among their first five.</param>
/// <param name="SmallTalkTrapPairs">The number of generic-word pairs checked.</param>
/// <param name="SmallTalkLeakRate">The share of those pairs where either person is among the other's first five partners.</param>
/// <param name="Leaks">The generic-word pairs that leaked.</param>
public sealed record TrustResult(
    int People,
    int Suggestions,
    double PrecisionAt3,
    double FalseHintRate,
    IReadOnlyList<TrapLabel> FalseHints,
    int HelpQueries,
    double HitAt3,
    double Mrr,
    int CrossQueries,
    double CrossHitAt3,
    IReadOnlyList<string> Misses,
    int NobodyPeople,
    double NobodyCorrect,
    IReadOnlyList<string> NobodySuggested,
    int SmallTalkQueries,
    double SmallTalkHitAt5,
    int SmallTalkTrapPairs,
    double SmallTalkLeakRate,
    IReadOnlyList<SmallTalkTrap> Leaks);
