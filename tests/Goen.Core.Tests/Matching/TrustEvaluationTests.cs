using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Matching;

/// <summary>Each trust measure on a six-person example worked out by hand.</summary>
public class TrustEvaluationTests
{
    private static readonly Profile[] People = [new() { Name = "A" }, new() { Name = "B" }, new() { Name = "C" }, new() { Name = "D" }, new() { Name = "E" }, new() { Name = "F" }];

    // A is helped by C (across languages), D by A or E; nobody can help B or F.
    private static readonly TrustLabels Labels = new(
        [new("A", ["C"], true), new("B", [], false), new("D", ["A", "E"], false), new("F", [], false)],
        [new("A", "B", "surface"), new("D", "F", "peer"), new("B", "C", "broad")],
        [new("A", ["B"]), new("C", ["D"])],
        [new("A", "E", "巡り"), new("B", "F", "YouTube"), new("B", "D", "旅行")]);

    private static TrustResult Evaluate() => TrustEvaluation.Evaluate(
        People,
        Labels,
        p => p switch
        {
            0 => [1, 2, 3, 4],
            3 => [5, 1, 2, 4],
            5 => [0],
            _ => [],
        },
        p => p switch
        {
            0 => [2, 3, 4, 5, 1],
            2 => [0, 1, 4],
            3 => [1],
            _ => [],
        });

    [Fact]
    public void Evaluate_PoolsTheFirstThreeSuggestionsOfEveryone_ForPrecision()
    {
        var result = Evaluate();

        // A: B, C, D (C is right); B: nothing; D: F, B, C (none right); F: A (wrong).
        Assert.Equal(7, result.Suggestions);
        Assert.Equal(1.0 / 7, result.PrecisionAt3, 12);
    }

    [Fact]
    public void Evaluate_CountsPeopleWithATrapInTheirFirstThree()
    {
        var result = Evaluate();

        Assert.Equal(2.0 / 4, result.FalseHintRate);
        Assert.Equal([new TrapLabel("A", "B", "surface"), new TrapLabel("D", "F", "peer")], result.FalseHints);
    }

    [Fact]
    public void Evaluate_ScoresHitsAndRanksOnlyForPeopleWithHelpers()
    {
        var result = Evaluate();

        Assert.Equal(2, result.HelpQueries);
        Assert.Equal(0.5, result.HitAt3);
        Assert.Equal(((1.0 / 2) + (1.0 / 4)) / 2, result.Mrr, 12);
        Assert.Equal(1, result.CrossQueries);
        Assert.Equal(1.0, result.CrossHitAt3);
        Assert.Equal(["D"], result.Misses);
    }

    [Fact]
    public void Evaluate_NobodyIsRightOnlyWhenThereIsNoSuggestionAtAll()
    {
        var result = Evaluate();

        Assert.Equal(2, result.NobodyPeople);
        Assert.Equal(0.5, result.NobodyCorrect);
        Assert.Equal(["F"], result.NobodySuggested);
    }

    [Fact]
    public void Evaluate_SmallTalk_HitsInTheFirstFiveAndLeaksEitherWay()
    {
        var result = Evaluate();

        // A finds B in fifth place; C ranks D nowhere. A ranks E (巡り); D ranks B (旅行), listed as B–D.
        Assert.Equal(0.5, result.SmallTalkHitAt5);
        Assert.Equal(3, result.SmallTalkTrapPairs);
        Assert.Equal(2.0 / 3, result.SmallTalkLeakRate, 12);
        Assert.Equal([new SmallTalkTrap("A", "E", "巡り"), new SmallTalkTrap("B", "D", "旅行")], result.Leaks);
    }

    [Fact]
    public void Evaluate_UnknownName_Throws()
    {
        var labels = Labels with { Traps = [new("A", "Z", "surface")] };

        Assert.Throws<ArgumentException>(() => TrustEvaluation.Evaluate(People, labels, _ => [], _ => []));
    }

    [Fact]
    public void Parse_EmptyHelperList_MeansNobody()
    {
        var labels = TrustLabels.Parse(
            "person\thelpers\tcrosses_language\nA\tC; E\tyes\nB\t\tno\n",
            "person\ttrap\tkind\twhy\nA\tB\trestriction\tstudio only\n",
            "person\ttopics\tpartners\nA\tcats\tB\n",
            "a\tb\tword\twhy\nA\tE\t巡り\tカフェ巡り vs 寺社巡り\n");

        Assert.Equal([new HelperLabel("A", ["C", "E"], true), new HelperLabel("B", [], false)], labels.Helpers, (x, y) => x.Person == y.Person && x.Helpers.SequenceEqual(y.Helpers) && x.CrossesLanguage == y.CrossesLanguage);
        Assert.Equal(new TrapLabel("A", "B", "restriction"), Assert.Single(labels.Traps));
        Assert.Equal(["B"], Assert.Single(labels.SmallTalk).Partners);
        Assert.Equal(new SmallTalkTrap("A", "E", "巡り"), Assert.Single(labels.SmallTalkTraps));
    }
}
