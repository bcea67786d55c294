using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class CyclicDesignSeedTests
{
    [Theory]
    [InlineData(7, 3, 10)]
    [InlineData(8, 3, 11)]
    [InlineData(6, 4, 7)]
    [InlineData(7, 4, 9)]
    [InlineData(8, 4, 10)]
    [InlineData(9, 4, 11)]
    public void TryBuild_KnownMaximum_EveryRoundAPartitionAndNoPairTwice(int groups, int size, int rounds)
    {
        var seed = CyclicDesignSeed.TryBuild(groups, size, rounds);

        EventFactory.AssertGolferSeed(new GolferInstance(groups, size, rounds), seed);
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
}
