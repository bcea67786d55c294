using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class SeatingOptimizerTests
{
    [Fact]
    public void Optimize_Mdgp12_ReachesProvenOptimum()
    {
        var problem = MdgpInstance.Load(BenchData.MdgpPath("RanReal_n012_ss_01")).ToProblem();

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { MaxIterations = 20_000, TimeLimit = TimeSpan.FromSeconds(30) }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(956.430, result.Objective, 3);
    }

    [Theory]
    [InlineData("RanReal_n120_ss_01", 47_000)]
    [InlineData("RanReal_n120_ds_01", 49_800)]
    public void Optimize_Mdgp120ShortLimit_AboveConservativeFloor(string name, double floor)
    {
        var problem = MdgpInstance.Load(BenchData.MdgpPath(name)).ToProblem();

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { Seed = 1, TimeLimit = TimeSpan.FromSeconds(2) }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.True(result.Objective >= floor, $"objective {result.Objective:F3} is below the floor {floor}");
    }
}
