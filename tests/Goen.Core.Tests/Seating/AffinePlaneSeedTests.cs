using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class AffinePlaneSeedTests
{
    [Theory]
    [InlineData(4, 4, 5)]
    [InlineData(5, 3, 5)]
    [InlineData(7, 7, 8)]
    [InlineData(8, 8, 9)]
    [InlineData(9, 4, 9)]
    public void TryBuild_PrimePowerGroups_ConflictFreeRounds(int groups, int size, int rounds)
    {
        var seed = AffinePlaneSeed.TryBuild(groups, size, rounds);

        EventFactory.AssertGolferSeed(new GolferInstance(groups, size, rounds), seed);
    }

    [Theory]
    [InlineData(6, 3)]
    [InlineData(10, 4)]
    [InlineData(4, 5)]
    public void TryBuild_NotPrimePowerOrGroupsTooLarge_Null(int groups, int size)
    {
        Assert.Null(AffinePlaneSeed.TryBuild(groups, size, 3));
    }

    [Fact]
    public void Optimize_AffinePlane8x8x9_NoRepeats()
    {
        var problem = GolferInstance.Parse("8-8-9").ToProblem();

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { TimeLimit = TimeSpan.FromSeconds(20) }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(0, result.Repeats);
    }
}
