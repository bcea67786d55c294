using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Matching;

public class HelpConfidenceTests
{
    private static readonly Profile[] People =
    [
        new() { Name = "佐藤 恵美", Offers = "確定申告、税務顧問", Needs = "ロゴ", Interests = "囲碁" },
        new() { Name = "岡本 里奈", Offers = "翻訳、確定申告の書類の英訳", Needs = "ロゴ", Interests = "囲碁" },
        new() { Name = "藤田 拓", Offers = "雑貨の販売", Needs = "確定申告を任せられる税理士、税務顧問", Interests = "釣り" },
    ];

    private static HelpConfidence Model(double bias, double threshold) => new(bias, new double[HelpConfidence.FeatureNames.Count], threshold);

    [Fact]
    public void Default_IsTheShippedModel_WithOneWeightPerFeature()
    {
        var model = HelpConfidence.Default;

        Assert.Equal(HelpConfidence.FeatureNames.Count, model.Weights.Count);
        Assert.InRange(model.Threshold, 0.0, 1.0);
        Assert.Same(model, MatchingOptions.Default.Confidence);
    }

    [Fact]
    public void Format_ThenParse_GivesTheSameModel()
    {
        var model = new HelpConfidence(-1.25, [.. Enumerable.Range(0, HelpConfidence.FeatureNames.Count).Select(i => (i * 0.37) - 2)], 0.125, 0.3);

        var read = HelpConfidence.Parse(model.Format(["a comment"]));

        Assert.Equal(model.Bias, read.Bias);
        Assert.Equal(model.Weights, read.Weights);
        Assert.Equal(model.Threshold, read.Threshold);
        Assert.Equal(0.3, read.ShareOfMostProbable);
    }

    [Fact]
    public void Parse_WithoutAShareOfTheMostProbable_ShowsEveryoneAtOrAboveTheThreshold()
    {
        var text = "threshold\t0.5\nbias\t0\n" + string.Concat(HelpConfidence.FeatureNames.Select(n => $"{n}\t0\n"));

        var read = HelpConfidence.Parse(text);

        Assert.Equal(0, read.ShareOfMostProbable);
        Assert.True(read.Shows(0.5, 0.99));
        Assert.False(read.Shows(0.49, 0.49));
    }

    [Fact]
    public void Suggestions_FarLessProbableThanThePersonsMostProbable_AreNotShownAnywhere()
    {
        // The probability grows with the score: 0 (the higher score) is more probable than 1, and a share of 1 shows only the most probable.
        var weights = new double[HelpConfidence.FeatureNames.Count];
        weights[0] = 1;
        var options = MatchingOptions.Default with { MinShareOfBest = 0 };
        var all = CommunityIndex.Build(People, options: options with { Confidence = new HelpConfidence(0, weights, 0) });
        var most = CommunityIndex.Build(People, options: options with { Confidence = new HelpConfidence(0, weights, 0, shareOfMostProbable: 1) });

        Assert.Equal([0, 1], all.RankHelpers(2, 5).Select(h => h.Person));
        Assert.True(all.CanHelp(1, 2));
        Assert.Equal([0], most.RankHelpers(2, 5).Select(h => h.Person));
        Assert.Equal([0], most.SuggestAll(5)[2].Introductions.Select(m => m.Person));
        Assert.True(most.CanHelp(0, 2));
        Assert.False(most.CanHelp(1, 2));
    }

    [Theory]
    [InlineData("threshold\t0.5\nbias\t0\n")]
    [InlineData("threshold\t0.5\nbias\tzero\n")]
    [InlineData("threshold\t0.5\nbias\t0\nshoe_size\t1\n")]
    public void Parse_MissingUnknownOrMalformedLine_Throws(string text)
    {
        var complete = text.Contains("shoe_size", StringComparison.Ordinal) ? text + string.Concat(HelpConfidence.FeatureNames.Select(n => $"{n}\t0\n")) : text;

        Assert.Throws<FormatException>(() => HelpConfidence.Parse(complete));
    }

    [Fact]
    public void Train_LearnsWhichWayAFeaturePoints_AndIsDeterministic()
    {
        // Acceptable when the score is high, whatever the other features say.
        var rows = Enumerable.Range(0, 40).Select(i =>
        {
            var x = new double[HelpConfidence.FeatureNames.Count];
            x[0] = i / 40.0;
            x[1] = (i * 7 % 11) / 11.0;
            return x;
        }).ToList();
        var labels = rows.Select(x => x[0] >= 0.5).ToList();

        var model = HelpConfidence.Train(rows, labels, 0.5);
        var again = HelpConfidence.Train(rows, labels, 0.5);

        var low = new double[HelpConfidence.FeatureNames.Count];
        var high = new double[HelpConfidence.FeatureNames.Count];
        high[0] = 0.9;
        low[0] = 0.1;
        Assert.True(model.Probability(high) > 0.8, $"p(high) {model.Probability(high):F3}");
        Assert.True(model.Probability(low) < 0.2, $"p(low) {model.Probability(low):F3}");
        Assert.Equal(model.Weights, again.Weights);
    }

    [Fact]
    public void Suggestions_BelowTheModelsThreshold_AreNotShownAnywhere()
    {
        var sure = CommunityIndex.Build(People, options: MatchingOptions.Default with { Confidence = Model(bias: 10, threshold: 0.5) });
        var unsure = CommunityIndex.Build(People, options: MatchingOptions.Default with { Confidence = Model(bias: -10, threshold: 0.5) });

        Assert.Equal(0, sure.RankHelpers(2, 5)[0].Person);
        Assert.Equal(0, sure.SuggestAll(5)[2].Introductions[0].Person);
        Assert.True(sure.CanHelp(0, 2));
        Assert.Empty(unsure.RankHelpers(2, 5));
        Assert.All(unsure.SuggestAll(5), s => Assert.Empty(s.Introductions));
        Assert.False(unsure.CanHelp(0, 2));
    }

    [Fact]
    public void RankHelpers_RankingByConfidence_OrdersByTheModelsProbability_NotTheScore()
    {
        // A model that trusts a lower score more: by score 0 comes first, by its probability 1 does.
        var weights = new double[HelpConfidence.FeatureNames.Count];
        weights[0] = -50;
        var options = MatchingOptions.Default with { MinShareOfBest = 0, Confidence = new HelpConfidence(0, weights, 0) };
        var byScore = CommunityIndex.Build(People, options: options);
        var byConfidence = CommunityIndex.Build(People, options: options with { RankByConfidence = true });

        Assert.Equal([0, 1], byScore.RankHelpers(2, 5).Select(h => h.Person));
        Assert.Equal([1, 0], byConfidence.RankHelpers(2, 5).Select(h => h.Person));
        Assert.Equal([1, 0], byConfidence.SuggestAll(5)[2].Introductions.Select(m => m.Person));
    }

    [Fact]
    public void HelpCandidates_CarryOneFeatureOfEachName_TheBestFirstWithTheWholeShareOfTheBest()
    {
        var index = CommunityIndex.Build(People);

        var candidates = index.HelpCandidates(2);

        var best = candidates[0];
        Assert.Equal(0, best.Person);
        Assert.All(candidates, c => Assert.Equal(HelpConfidence.FeatureNames.Count, c.Features.Count));
        Assert.Equal(HelpConfidence.FeatureNames.Count, best.Features.Count);
        Assert.Equal(best.Score, best.Features[0], 6);
        Assert.Equal(1.0, best.Features[1], 6);
    }

    [Fact]
    public void HelpCandidates_SayWhereEachStands_RankAndGapToTheNext()
    {
        var index = CommunityIndex.Build(People);
        var rank = HelpConfidence.FeatureNames.ToList().IndexOf("rank");
        var gap = HelpConfidence.FeatureNames.ToList().IndexOf("gap_to_next");

        var candidates = index.HelpCandidates(2);

        Assert.Equal([0, 1], candidates.Select(c => c.Person));
        Assert.Equal([0.0, 1.0], candidates.Select(c => c.Features[rank]));
        Assert.Equal((candidates[0].Score - candidates[1].Score) / candidates[0].Score, candidates[0].Features[gap], 6);
        Assert.Equal(candidates[1].Score / candidates[0].Score, candidates[1].Features[gap], 6);
    }

    [Fact]
    public void HelpCandidates_SayWhetherTheOffersMainServiceMatched()
    {
        // 佐藤 offers 確定申告 first; 岡本 mentions it after 翻訳, in a second clause.
        var index = CommunityIndex.Build(People);
        var lead = HelpConfidence.FeatureNames.ToList().IndexOf("offer_lead_share");

        var candidates = index.HelpCandidates(2);

        Assert.Equal([0, 1], candidates.Select(c => c.Person));
        Assert.True(candidates[0].Features[lead] > 0.5, $"佐藤: {candidates[0].Features[lead]}");
        Assert.Equal(0, candidates[1].Features[lead]);
    }

    [Fact]
    public void HelpCandidates_SayWhetherTheRoleTheNeedNamesIsMet_OrTheOfferIsSilentAboutIt()
    {
        Profile[] people =
        [
            new() { Name = "A", Offers = "ドレスのレンタル", Needs = "ロゴ" },
            new() { Name = "B", Offers = "ドレス、着物", Needs = "ロゴ" },
            new() { Name = "C", Offers = "雑貨", Needs = "パーティー用のドレスをレンタルしたい" },
        ];
        var index = CommunityIndex.Build(people, options: MatchingOptions.Default with { MinShareOfBest = 0 });
        var met = HelpConfidence.FeatureNames.ToList().IndexOf("role_met");
        var silent = HelpConfidence.FeatureNames.ToList().IndexOf("role_silent");

        var candidates = index.HelpCandidates(2).ToDictionary(c => c.Person);

        Assert.Equal((1.0, 0.0), (candidates[0].Features[met], candidates[0].Features[silent]));
        Assert.Equal((0.0, 1.0), (candidates[1].Features[met], candidates[1].Features[silent]));
    }

    [Fact]
    public void HelpCandidates_EqualScores_ShareTheFirstPlace_AndStandAboveNobodyBelowThem()
    {
        // Four bookkeepers who wrote the same offer are equally good: each stands first, and the gap is to the first one below.
        Profile[] people =
        [
            .. Enumerable.Range(0, 4).Select(i => new Profile { Name = $"記帳 {i}", Offers = "記帳代行", Needs = "ロゴ" }),
            new() { Name = "税務 顧問", Offers = "税務顧問", Needs = "ロゴ" },
            new() { Name = "藤田 拓", Offers = "雑貨の販売", Needs = "記帳代行を頼みたい、税務顧問" },
        ];
        var index = CommunityIndex.Build(people);
        var rank = HelpConfidence.FeatureNames.ToList().IndexOf("rank");
        var gap = HelpConfidence.FeatureNames.ToList().IndexOf("gap_to_next");

        var candidates = index.HelpCandidates(5);

        var tied = candidates.Where(c => c.Person < 4).ToList();
        Assert.Equal(4, tied.Count);
        Assert.Single(tied.Select(c => c.Score).Distinct());
        var other = Assert.Single(candidates, c => c.Person == 4);
        Assert.NotEqual(tied[0].Score, other.Score);
        var top = Math.Max(tied[0].Score, other.Score);
        var tiedPlace = tied[0].Score > other.Score ? 0.0 : 1.0;
        Assert.All(tied, c => Assert.Equal(tiedPlace, c.Features[rank]));
        var tiedNext = tied[0].Score > other.Score ? other.Score : 0;
        Assert.All(tied, c => Assert.Equal((c.Score - tiedNext) / top, c.Features[gap], 6));
    }

    [Fact]
    public void Default_WeighsOnlyTheFeaturesTrainingKeeps()
    {
        var model = HelpConfidence.Default;

        var weighed = HelpConfidence.FeatureNames.Where((_, k) => model.Weights[k] != 0);

        Assert.Equal(ConfidenceTraining.Features.Order(), weighed.Order());
    }

    [Fact]
    public void TrainingCandidates_HoldTheFeaturesNotKeptAtZero_AndRejectUnknownNames()
    {
        var index = CommunityIndex.Build(People, options: MatchingOptions.Default with { Confidence = null });

        var candidates = ConfidenceTraining.Candidates(index, ["score", "rank"]);

        var second = candidates[2][1];
        Assert.Equal(index.HelpCandidates(2)[1].Features[0], second.Features[0]);
        Assert.Equal(1.0, second.Features[HelpConfidence.FeatureNames.ToList().IndexOf("rank")]);
        Assert.Equal(2, second.Features.Count(f => f != 0));
        Assert.Throws<ArgumentException>(() => ConfidenceTraining.Candidates(index, ["shoe_size"]));
    }
}
