using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class SeatingOptimizerTests
{
    private static readonly SeatingOptions Budget = new() { Seed = 7, MaxIterations = 3_000, TimeLimit = TimeSpan.FromSeconds(60) };

    private static SeatingProblem Event(int people, int rounds, int size, SeatingConstraints? constraints = null, Presence? presence = null)
    {
        var present = Enumerable.Range(0, rounds).Min(r => presence?.CountPresent(r) ?? people);
        var tables = TableSpec.Layout(present, size, size - 1, size);
        return new SeatingProblem(EventFactory.SparseValues(people, seed: people), rounds, tables, constraints, presence);
    }

    [Fact]
    public void Optimize_SameSeedAndIterationBudget_SamePlan()
    {
        var problem = Event(60, 3, 6);

        var first = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);
        var second = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.Plan.Rounds, second.Plan.Rounds);
        Assert.Equal(first.Objective, second.Objective);
        Assert.Equal(Budget.MaxIterations, first.Iterations);
    }

    [Fact]
    public void Optimize_Event_NoRepeatsAndBetterThanGreedyStart()
    {
        var problem = Event(60, 3, 6);

        var start = SeatingOptimizer.Optimize(problem, Budget with { MaxIterations = 0 }, cancellationToken: TestContext.Current.CancellationToken);
        var result = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(0, result.Repeats);
        Assert.True(result.Objective > start.Objective * 1.05, $"{result.Objective} vs greedy {start.Objective}");
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.6)]
    public void Optimize_DenseValuesNearTheRoundsBound_NoRepeats(double density)
    {
        // Steps may make a repeat for value once a plan without any is found; the plan returned must still have none.
        var tables = TableSpec.Layout(24, 4, 4, 4);
        var problem = new SeatingProblem(EventFactory.SparseValues(24, seed: 3, density), 5, tables);

        var result = SeatingOptimizer.Optimize(problem, Budget with { MaxIterations = 20_000 }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(0, result.Repeats);
    }

    [Fact]
    public void Optimize_ColleaguesApartAndHostsPinned_Honoured()
    {
        var organization = Enumerable.Range(0, 48).Select(i => i < 24 ? $"org{i % 6}" : null).ToArray();
        var constraints = new SeatingConstraints().KeepApart(organization).Pin(40, 0).Pin(41, 5).KeepApart(30, 31);
        var problem = Event(48, 4, 6, constraints);

        var result = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(0, result.ApartViolations);
        Assert.Equal(0, result.Repeats);
        Assert.All(result.Plan.Rounds, round => Assert.Contains(40, round[0]));
        Assert.All(result.Plan.Rounds, round => Assert.Contains(41, round[5]));
    }

    [Fact]
    public void Optimize_LateArrivalAndEarlyLeaver_SeatedOnlyWhenPresent()
    {
        var presence = new Presence(3, 37).ArrivesAt(1, 36).LeavesBefore(2, 0);
        var problem = new SeatingProblem(
            EventFactory.SparseValues(37, seed: 5), [TableSpec.Layout(36, 6, 5, 7), TableSpec.Layout(37, 6, 5, 7), TableSpec.Layout(36, 6, 5, 7)], presence: presence);

        var result = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(-1, result.Plan.TableOf(0, 36));
        Assert.NotEqual(-1, result.Plan.TableOf(1, 36));
        Assert.Equal(-1, result.Plan.TableOf(2, 0));
    }

    [Fact]
    public void Optimize_Progress_ReportsFinalFigures()
    {
        var problem = Event(30, 2, 5);
        var reports = new List<SeatingProgress>();

        var result = SeatingOptimizer.Optimize(problem, Budget, new SynchronousProgress(reports.Add), cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(reports);
        Assert.Equal(result.Objective, reports[^1].Objective, 6);
        Assert.Equal(result.Iterations, reports[^1].Iterations);
    }

    [Fact]
    public void Optimize_Cancelled_Throws()
    {
        var problem = Event(30, 2, 5);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => SeatingOptimizer.Optimize(problem, Budget, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Optimize_EveryonePinned_ReturnsThePinnedPlanBeforeTheLimit()
    {
        var constraints = new SeatingConstraints().Pin(0, 0).Pin(1, 0).Pin(2, 1).Pin(3, 1);
        var problem = new SeatingProblem(EventFactory.SparseValues(4, seed: 1, density: 1), 2, [TableSpec.Fixed(2), TableSpec.Fixed(2)], constraints);

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { TimeLimit = TimeSpan.FromMinutes(5) }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(2, result.Repeats);
        Assert.True(result.Iterations < 100, $"{result.Iterations} steps with nothing to move");
    }

    [Fact]
    public void Optimize_OneTable_ReturnsWithTheUnavoidableRepeats()
    {
        var problem = new SeatingProblem(EventFactory.SparseValues(5, seed: 2, density: 1), 3, [new TableSpec(1, 5)]);

        var result = SeatingOptimizer.Optimize(problem, new SeatingOptions { TimeLimit = TimeSpan.FromMinutes(5) }, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(problem, result);
        Assert.Equal(20, result.Repeats);
        Assert.True(result.Iterations < 100, $"{result.Iterations} steps with nothing to move");
    }

    private sealed class SynchronousProgress(Action<SeatingProgress> report) : IProgress<SeatingProgress>
    {
        public void Report(SeatingProgress value) => report(value);
    }
}
