namespace Goen.Core.Matching;

/// <summary>How a ranker did on a labelled set.</summary>
/// <param name="Queries">The number of queries.</param>
/// <param name="HitAt3">The share of queries with a right person among the first three.</param>
/// <param name="Mrr">Mean reciprocal rank of the first right person (0 when none is ranked).</param>
/// <param name="CrossQueries">The number of queries that cross Japanese and English.</param>
/// <param name="CrossHitAt3">hit@3 on those.</param>
/// <param name="CrossMrr">MRR on those.</param>
/// <param name="CompetitorPairs">The number of competitor pairs checked.</param>
/// <param name="CompetitorViolations">How often one of a competitor pair was among the other's first three helpers (each pair counts both ways).</param>
/// <param name="Misses">The people whose right helper was not among the first three.</param>
public sealed record EvaluationResult(int Queries, double HitAt3, double Mrr, int CrossQueries, double CrossHitAt3, double CrossMrr, int CompetitorPairs, int CompetitorViolations, IReadOnlyList<string> Misses);
