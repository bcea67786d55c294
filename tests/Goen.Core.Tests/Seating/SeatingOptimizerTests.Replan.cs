using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class SeatingOptimizerTests
{
    [Fact]
    public void Replan_NoShowsAndWalkIns_HeldRoundsIdenticalAndNoRepeats()
    {
        const int people = 60;
        const int walkIns = 3;
        var values = EventFactory.SparseValues(people + walkIns, seed: 11);
        var before = new Presence(4, people + walkIns);
        for (var w = people; w < people + walkIns; w++)
        {
            before.LeavesBefore(0, w);
        }

        var host = new SeatingConstraints().Pin(0, 0);
        var original = new SeatingProblem(values, 4, TableSpec.Layout(people, 6, 5, 6), host, before);
        var plan = SeatingOptimizer.Optimize(original, Budget, cancellationToken: TestContext.Current.CancellationToken).Plan;
        var after = new Presence(4, people + walkIns);
        for (var w = people; w < people + walkIns; w++)
        {
            after.ArrivesAt(2, w);
        }

        for (var noShow = 10; noShow < 15; noShow++)
        {
            after.LeavesBefore(2, noShow);
        }

        var now = people - 5 + walkIns;
        IReadOnlyList<TableSpec>[] tables = [plan.Rounds[0].Select(_ => new TableSpec(5, 6)).ToArray(), plan.Rounds[1].Select(_ => new TableSpec(5, 6)).ToArray(), TableSpec.Layout(now, 6, 5, 6), TableSpec.Layout(now, 6, 5, 6)];
        var changed = new SeatingProblem(values, tables, host, after);

        var result = SeatingOptimizer.Replan(changed, plan, roundsHeld: 2, Budget, cancellationToken: TestContext.Current.CancellationToken);

        EventFactory.AssertValid(changed, result);
        Assert.Equal(0, result.Repeats);
        Assert.Equal(plan.Rounds[0], result.Plan.Rounds[0]);
        Assert.Equal(plan.Rounds[1], result.Plan.Rounds[1]);
        Assert.Contains(0, result.Plan.Rounds[3][0]);
    }

    [Fact]
    public void Replan_HeldRoundDisagreesWithPresence_ThrowsSayingWhy()
    {
        var problem = Event(12, 2, 6);
        var plan = SeatingOptimizer.Optimize(problem, Budget, cancellationToken: TestContext.Current.CancellationToken).Plan;
        var presence = new Presence(2, 12).Set(0, 3, present: false);
        var changed = new SeatingProblem(problem.Values, [[new TableSpec(5, 6), new TableSpec(5, 6)], [TableSpec.Fixed(6), TableSpec.Fixed(6)]], presence: presence);

        var error = Assert.Throws<SeatingProblemException>(() => SeatingOptimizer.Replan(changed, plan, 1, Budget, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("Round 1 was held with person 3 seated", error.Message, StringComparison.Ordinal);
    }
}
