using Goen.Core.Matching;
using Goen.Core.Profiles;
using Goen.Core.Text;

namespace Goen.Core.Tests.Matching;

/// <summary>
/// The trust set (Trust/README.md) is well formed, and Goen's suggestions on it do not get less trustworthy
/// than measured after the trust fixes (docs/benchmarks.md, "Suggestions people can trust").
/// </summary>
public class TrustSetTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Matching", "Trust");

    private static readonly IReadOnlyList<Profile> People = ProfileCsv.Read(Path.Combine(Folder, "people.csv")).Profiles;

    private static readonly TrustLabels Labels = TrustLabels.Parse(
        File.ReadAllText(Path.Combine(Folder, "helpers.tsv")),
        File.ReadAllText(Path.Combine(Folder, "traps.tsv")),
        File.ReadAllText(Path.Combine(Folder, "smalltalk.tsv")),
        File.ReadAllText(Path.Combine(Folder, "smalltalk_traps.tsv")));

    private static readonly HashSet<string> Names = People.Select(p => TextNormalizer.FoldKey(p.Name)).ToHashSet(StringComparer.Ordinal);

    private static bool Known(string name) => Names.Contains(TextNormalizer.FoldKey(name));

    [Fact]
    public void People_HaveUniqueNamesAndSayWhatTheyOfferAndNeed()
    {
        Assert.InRange(People.Count, 100, 120);
        Assert.Equal(People.Count, Names.Count);
        Assert.All(People, p => Assert.False(string.IsNullOrWhiteSpace(p.Offers) || string.IsNullOrWhiteSpace(p.Needs) || string.IsNullOrWhiteSpace(p.Interests), p.Name));
    }

    [Fact]
    public void Helpers_LabelEveryoneOnceWithKnownNamesAndNeverThemselves()
    {
        Assert.Equal(Names.Order(), Labels.Helpers.Select(h => TextNormalizer.FoldKey(h.Person)).Order());
        Assert.All(Labels.Helpers, h =>
        {
            Assert.All(h.Helpers, name => Assert.True(Known(name), $"{h.Person}: unknown helper '{name}'"));
            Assert.DoesNotContain(h.Person, h.Helpers);
            Assert.Equal(h.Helpers.Count, h.Helpers.Distinct().Count());
        });
    }

    [Fact]
    public void Helpers_LeaveAtLeastTwelvePeopleNobodyCanHelp()
    {
        Assert.True(Labels.Helpers.Count(h => h.Helpers.Count == 0) >= 12);
    }

    [Fact]
    public void Traps_AreKnownPeopleOfAKnownKind_AndNeverAlsoHelpers()
    {
        string[] kinds = ["surface", "broad", "restriction", "language", "direction", "peer"];
        var helpers = Labels.Helpers.ToDictionary(h => h.Person, h => h.Helpers);

        Assert.All(Labels.Traps, t =>
        {
            Assert.True(Known(t.Person) && Known(t.Trap), $"{t.Person} ← {t.Trap}");
            Assert.NotEqual(t.Person, t.Trap);
            Assert.Contains(t.Kind, kinds);
            Assert.DoesNotContain(t.Trap, helpers[t.Person]);
        });
        Assert.All(kinds, k => Assert.Contains(Labels.Traps, t => t.Kind == k));
    }

    [Fact]
    public void SmallTalk_PartnersAreMutualKnownPeople_AndGenericWordPairsAreNotPartners()
    {
        var partners = Labels.SmallTalk.ToDictionary(s => s.Person, s => s.Partners);

        Assert.All(Labels.SmallTalk, s =>
        {
            Assert.True(Known(s.Person));
            Assert.DoesNotContain(s.Person, s.Partners);
            Assert.All(s.Partners, p => Assert.Contains(s.Person, partners[p]));
        });
        Assert.All(Labels.SmallTalkTraps, t =>
        {
            Assert.True(Known(t.A) && Known(t.B), $"{t.A}–{t.B}");
            Assert.DoesNotContain(t.B, partners.GetValueOrDefault(t.A, []));
        });
    }

    [Fact]
    public void Goen_IsNoLessTrustworthyThanMeasured()
    {
        var index = CommunityIndex.Build(People);
        var starters = index.SuggestAll(5);

        var result = TrustEvaluation.Evaluate(People, Labels, p => [.. index.RankHelpers(p, People.Count).Select(r => r.Person)], p => [.. starters[p].Starters.Select(m => m.Person)]);

        // Quality floors just under the figures measured with the shipped confidence model (retrained on the rules of branch
        // `demo`, decision 0029, a need's setting, and on needs asking for someone who speaks a language: threshold 0.175, a later
        // candidate shown only at 0.5 of the most probable one's probability; docs/benchmarks.md, "Suggestions people can trust —
        // what the need asks for"): precision@3 0.802, false
        // hints 0.048, hit@3 0.966, MRR 0.906, hit@3 ja↔en 0.963, silent for 18 of 18 nobody-can-help people, small talk hit@5
        // 0.981, leaks 0.091 (2 of 22). The model is fitted on this set: these are train-set figures; out of fold: the next
        // test. Before tuning: 0.263, 0.562, 0.782, 0.661, 0.630, 3 of 18, 0.981, 0.455. All of the issue's goals are reached
        // on this set (precision@3 0.791 out of fold).
        Assert.True(result.PrecisionAt3 >= 0.80, $"precision@3 {result.PrecisionAt3:F3}");
        Assert.True(result.FalseHintRate <= 0.05, $"false hints {result.FalseHintRate:F3}");
        Assert.True(result.HitAt3 >= 0.96, $"hit@3 {result.HitAt3:F3}; missed: {string.Join(", ", result.Misses)}");
        Assert.True(result.Mrr >= 0.90, $"MRR {result.Mrr:F3}");
        Assert.True(result.CrossHitAt3 >= 0.96, $"hit@3 ja↔en {result.CrossHitAt3:F3}");
        Assert.True(result.NobodyCorrect >= 18.0 / 18, $"silent for {result.NobodyCorrect:F3} of the people nobody can help");
        Assert.True(result.SmallTalkHitAt5 >= 0.97, $"small talk hit@5 {result.SmallTalkHitAt5:F3}");
        Assert.True(result.SmallTalkLeakRate <= 0.10, $"small-talk leaks {result.SmallTalkLeakRate:F3}");
    }

    [Fact]
    public void CanHelp_AgreesWithRankHelpers_ForEveryPair()
    {
        var index = CommunityIndex.Build(People);

        var ranked = Enumerable.Range(0, People.Count).Select(p => index.RankHelpers(p, People.Count).Select(r => r.Person).Order()).ToList();
        var canHelp = Enumerable.Range(0, People.Count).Select(p => Enumerable.Range(0, People.Count).Where(h => h != p && index.CanHelp(h, p))).ToList();

        Assert.All(Enumerable.Range(0, People.Count), p => Assert.Equal(ranked[p], canHelp[p]));
    }

    [Fact]
    public void ConfidenceModel_CrossValidatedByPerson_ReproducesTheReportedFigures()
    {
        var index = CommunityIndex.Build(People, options: MatchingOptions.Default with { Confidence = null });
        var starters = index.SuggestAll(5);
        var candidates = ConfidenceTraining.Candidates(index);
        var acceptable = ConfidenceTraining.Acceptable(People, Labels.Helpers.Select(h => (h.Person, h.Helpers)));

        var outOfFold = ConfidenceTraining.OutOfFold(candidates, acceptable, ConfidenceTraining.Folds, ConfidenceTraining.Seed, ConfidenceTraining.L2);
        var ranking = ConfidenceTraining.Ranking(candidates, outOfFold, HelpConfidence.Default.Threshold, byProbability: false, MatchingOptions.Default.MinShareOfBest, HelpConfidence.Default.ShareOfMostProbable);
        var result = TrustEvaluation.Evaluate(People, Labels, ranking, p => [.. starters[p].Starters.Select(m => m.Person)]);

        // The out-of-fold figures at the shipped model's threshold (0.175) and share of the most probable (0.5), as
        // data/goen-help-confidence.tsv reports them (docs/benchmarks.md, "what the need asks for"). A change to the rules
        // changes the candidates: retrain with scripts/bench.sh trust --train --write.
        Assert.Equal(0.791, result.PrecisionAt3, 0.005);
        Assert.Equal(0.048, result.FalseHintRate, 0.005);
        Assert.Equal(0.966, result.HitAt3, 0.005);
        Assert.Equal(0.906, result.Mrr, 0.005);
    }
}
