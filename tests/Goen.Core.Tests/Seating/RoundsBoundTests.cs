using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class RoundsBoundTests
{
    [Theory]
    [InlineData(300, 6, 59, 10, "cyclic schedule")]
    [InlineData(16, 4, 5, 5, "affine plane")]
    [InlineData(21, 3, 10, 10, "Kirkman triple system")]
    [InlineData(32, 4, 10, 10, "published Social Golfer solution")]
    [InlineData(36, 6, 7, 3, "published Social Golfer solution")]
    [InlineData(10, 2, 9, 9, "round-robin")]
    [InlineData(64, 8, 9, 9, "affine plane")]
    public void For_EqualTables_BoundAndBestKnownConstruction(int people, int size, int bound, int known, string construction)
    {
        var result = RoundsBound.For(people, size, size, size);

        Assert.Equal(bound, result.Bound);
        Assert.Equal(known, result.KnownReachable);
        Assert.Equal(construction, result.Construction);
    }

    [Fact]
    public void For_UnevenTables_CountsPairsOfTheEvenestLayout()
    {
        var result = RoundsBound.For(301, 6, 5, 6);

        // 51 tables: 46 of 6 and 5 of 5 seat 740 pairs a round, of 45,150; the cyclic schedule for 51 tables of 6
        // (51 = 3 · 17) repeats no pair for 51 / 3 = 17 rounds, placeholders filling the 5 missing seats in one row.
        Assert.Equal(51, result.Tables);
        Assert.Equal(740, result.PairsPerRound);
        Assert.Equal(61, result.Bound);
        Assert.Equal(17, result.KnownReachable);
    }

    [Theory]
    [InlineData(5, RoundsVerdict.Reachable)]
    [InlineData(10, RoundsVerdict.Reachable)]
    [InlineData(11, RoundsVerdict.Unknown)]
    [InlineData(59, RoundsVerdict.Unknown)]
    [InlineData(60, RoundsVerdict.RepeatsUnavoidable)]
    public void Judge_ThreeHundredAtTablesOfSix_SaysWhetherRepeatsCanBeAvoided(int rounds, RoundsVerdict verdict)
    {
        var bound = RoundsBound.For(300, 6, 5, 6);

        Assert.Equal(verdict, bound.Judge(rounds));
    }

    [Fact]
    public void For_EveryoneAtOneTable_OneRound()
    {
        var result = RoundsBound.For(5, 6, 5, 6);

        Assert.Equal((1, 1), (result.Bound, result.KnownReachable));
        Assert.Equal(RoundsVerdict.RepeatsUnavoidable, result.Judge(2));
    }

    [Fact]
    public void For_TablesOfTwelveForFivePeople_ThrowsSayingWhy()
    {
        var error = Assert.Throws<SeatingProblemException>(() => RoundsBound.For(5, 12, 12, 12));

        Assert.Contains("5 people cannot be seated at tables of 12–12", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, 4, 5)]
    [InlineData(25, 5, 6)]
    [InlineData(18, 3, 8)]
    public void KnownReachable_ConstructionsTheOptimizerFinds_ZeroRepeats(int people, int size, int rounds)
    {
        var bound = RoundsBound.For(people, size, size, size);
        var problem = new SeatingProblem(new PairValues(people), bound.KnownReachable, TableSpec.Layout(people, size, size, size));

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { TimeLimit = TimeSpan.FromSeconds(20), Seed = 1 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(rounds, bound.KnownReachable);
        Assert.Equal(0, PlanChecker.Check(problem, result.Plan).Repeats);
    }
}
