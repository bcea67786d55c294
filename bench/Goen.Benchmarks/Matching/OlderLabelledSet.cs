using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Benchmarks.Matching;

/// <summary>
/// The older labelled set (<c>tests/Goen.Core.Tests/Matching/Evaluation</c>), which the trust commands measure beside the trust
/// set and never train on: its hit@3 is a floor a change must keep.
/// </summary>
internal sealed record OlderLabelledSet(IReadOnlyList<Profile> People, IReadOnlyList<EvaluationQuery> Queries, IReadOnlyList<(string A, string B)> Competitors)
{
    public static OlderLabelledSet Load()
    {
        var folder = Path.Combine(SuggestComparison.RepositoryRoot(), "tests", "Goen.Core.Tests", "Matching", "Evaluation");
        return new(
            ProfileCsv.Read(Path.Combine(folder, "people.csv")).Profiles,
            MatchingEvaluation.ReadQueries(File.ReadAllText(Path.Combine(folder, "queries.tsv"))),
            MatchingEvaluation.ReadCompetitors(File.ReadAllText(Path.Combine(folder, "competitors.tsv"))));
    }

    public EvaluationResult Evaluate(Func<int, IReadOnlyList<int>> rankHelpers) => MatchingEvaluation.Evaluate(People, Queries, Competitors, rankHelpers);
}
