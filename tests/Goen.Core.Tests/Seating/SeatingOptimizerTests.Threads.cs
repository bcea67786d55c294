using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class SeatingOptimizerTests
{
    [Fact]
    public void Optimize_TwoThreads_ReturnTheBetterOfTheTwoSeedsSearches()
    {
        var problem = Event(60, 3, 6);
        var reports = new List<SeatingProgress>();

        var first = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);
        var second = SeatingOptimizer.Optimize(problem, Budget with { Seed = Budget.Seed + 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var both = SeatingOptimizer.Optimize(problem, Budget with { Threads = 2 }, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);

        var better = second.Objective > first.Objective ? second : first;
        Assert.NotEqual(first.Objective, second.Objective);
        Assert.Equal(better.Plan.Rounds, both.Plan.Rounds);
        Assert.Equal(better.Objective, both.Objective);
        Assert.Equal(2 * Budget.MaxIterations, both.Iterations);
        EventFactory.AssertValid(problem, both);
        Assert.Equal(better.Objective, reports[^1].Objective, 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Threads_OutsideOneTo64_IsRefused(int threads) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeatingOptions { Threads = threads });
}
