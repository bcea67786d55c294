using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class SeatingOptimizerTests
{
    [Theory]
    [InlineData("4-4-5")]
    [InlineData("8-4-6")]
    [InlineData("5-3-6")]
    [InlineData("7-3-10")]
    [InlineData("8-3-11")]
    [InlineData("6-4-7")]
    [InlineData("7-4-9")]
    [InlineData("8-4-10")]
    [InlineData("9-4-11")]
    public void Optimize_ReachableGolfers_NoRepeats(string text)
    {
        var instance = GolferInstance.Parse(text);
        var problem = instance.ToProblem();

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { Seed = 3, TimeLimit = TimeSpan.FromSeconds(20) }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(0, result.Repeats);
        Assert.Equal(instance.Weeks, result.Plan.RoundCount);
    }

    [Fact]
    public void Optimize_Impossible664_ReportsRepeatsAndStops()
    {
        var problem = GolferInstance.Parse("6-6-4").ToProblem();

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { TimeLimit = TimeSpan.FromSeconds(1) }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.True(result.Repeats > 0);
    }
}
