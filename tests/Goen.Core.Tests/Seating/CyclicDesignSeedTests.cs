using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class CyclicDesignSeedTests
{
    [Theory]
    [InlineData(7, 3, 10)]
    [InlineData(8, 3, 11)]
    [InlineData(6, 4, 7)]
    [InlineData(7, 4, 9)]
    [InlineData(9, 4, 11)]
    public void TryBuild_KnownMaximum_EveryRoundAPartitionAndNoPairTwice(int groups, int size, int rounds)
    {
        var problem = new GolferInstance(groups, size, rounds).ToProblem();

        var seed = CyclicDesignSeed.TryBuild(groups, size, rounds);

        Assert.NotNull(seed);
        Assert.Equal(rounds, seed.Length);
        Assert.All(seed, round => Assert.Equal(groups, round.Length));
        var report = PlanChecker.Check(problem, new SeatingPlan(seed));
        Assert.Empty(report.Violations);
        Assert.Equal(0, report.Repeats);
    }

    [Fact]
    public void TryBuild_MoreRoundsThanTheDesign_OnlyTheDesignsRounds()
    {
        var seed = CyclicDesignSeed.TryBuild(7, 3, 12);

        Assert.NotNull(seed);
        Assert.Equal(10, seed.Length);
    }

    [Theory]
    [InlineData(5, 3)]
    [InlineData(7, 5)]
    public void TryBuild_NoDesignForTheSize_Null(int groups, int size)
    {
        Assert.Null(CyclicDesignSeed.TryBuild(groups, size, 3));
    }

    [Theory]
    [InlineData("7-3-10")]
    [InlineData("8-3-11")]
    [InlineData("6-4-7")]
    [InlineData("7-4-9")]
    [InlineData("9-4-11")]
    public void Optimize_GolferAtKnownMaximum_NoRepeats(string text)
    {
        var instance = GolferInstance.Parse(text);
        var problem = instance.ToProblem();

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { MaxIterations = 1 }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(0, result.Repeats);
        Assert.Equal(instance.Weeks, result.Plan.RoundCount);
    }
}
