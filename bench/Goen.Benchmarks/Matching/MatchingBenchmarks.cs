using BenchmarkDotNet.Attributes;
using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Benchmarks.Matching;

/// <summary>The engine's hot paths: text analysis, top-k ranking and reasons, on a synthetic community.</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private List<Profile> _people = [];
    private TermAnalyzer _analyzer = null!;
    private CommunityIndex _index = null!;

    [Params(10_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _people = new CommunityGenerator(42).Generate(People);
        _analyzer = new TermAnalyzer(Vocabulary.Default);
        _index = CommunityIndex.Build(_people, _analyzer);
    }

    /// <summary>Analyses the offers, needs and interests of 1,000 people.</summary>
    [Benchmark]
    public int Analyze1000()
    {
        var features = new List<FeatureOccurrence>();
        for (var i = 0; i < 1000; i++)
        {
            _analyzer.Analyze(_people[i].Offers, features);
            _analyzer.Analyze(_people[i].Needs, features);
            _analyzer.Analyze(_people[i].Interests, features);
        }

        return features.Count;
    }

    /// <summary>Ranks the top 5 helpers for 1,000 people against the whole community.</summary>
    [Benchmark]
    public int RankHelpers1000()
    {
        var found = 0;
        for (var i = 0; i < 1000; i++)
        {
            found += _index.RankHelpers(i, 5).Count;
        }

        return found;
    }

    /// <summary>Explains 1,000 help pairs (score and reasons).</summary>
    [Benchmark]
    public int ExplainHelp1000()
    {
        var reasons = 0;
        for (var i = 0; i < 1000; i++)
        {
            reasons += _index.ExplainHelp((i + 1) % People, i).Reasons.Count;
        }

        return reasons;
    }
}
