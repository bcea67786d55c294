using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class SeatingOptimizerTests
{
    [Fact]
    public void Optimize_GreedyStartHasRepeats_FirstConflictFreeRecordsWhenTheyWereGone()
    {
        var problem = Event(36, 6, 4);
        var start = SeatingOptimizer.Optimize(problem, Budget with { MaxIterations = 0 }, cancellationToken: TestContext.Current.CancellationToken);

        var result = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(start.Repeats > 0, "the greedy start should have repeats for this test to mean anything");
        Assert.Equal(0, result.Repeats);
        var first = Assert.NotNull(result.FirstConflictFree);
        Assert.Equal(0, first.Repeats);
        Assert.InRange(first.Iterations, 1, result.Iterations);
        Assert.True(first.Objective <= result.Objective + 1e-9, $"first {first.Objective} vs final {result.Objective}");
    }

    [Fact]
    public void Optimize_NothingCanConflict_FirstConflictFreeIsTheStart()
    {
        var problem = Event(60, 1, 6);
        var start = SeatingOptimizer.Optimize(problem, Budget with { MaxIterations = 0 }, cancellationToken: TestContext.Current.CancellationToken);

        var result = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, start.Repeats);
        var first = Assert.NotNull(result.FirstConflictFree);
        Assert.Equal(0, first.Iterations);
        Assert.Equal(start.Objective, first.Objective, 6);
        Assert.True(result.Objective > first.Objective);
    }

    [Fact]
    public void Optimize_RepeatsUnavoidable_NoFirstConflictFree()
    {
        var problem = new SeatingProblem(EventFactory.SparseValues(5, seed: 2, density: 1), 3, [new TableSpec(1, 5)]);

        var result = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Repeats > 0);
        Assert.Null(result.FirstConflictFree);
    }
}
