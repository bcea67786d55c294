using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class SeatingOptimizerTests
{
    private const int ReplanPeople = 60;
    private const int ReplanRounds = 4;
    private const int ReplanHeld = 2;

    /// <summary>
    /// A 60-person event over 4 rounds at tables of 5–6 with a host and colleagues to keep apart, planned with room
    /// for <paramref name="walkIns"/> walk-ins who had not registered; then the same event after two rounds, with the
    /// given people gone and the walk-ins arrived.
    /// </summary>
    private static (SeatingProblem Changed, SeatingPlan Previous) ReplanEvent(int walkIns, params int[] noShows)
    {
        var everyone = ReplanPeople + walkIns;
        var values = EventFactory.SparseValues(everyone, seed: 11);
        var organizations = Enumerable.Range(0, everyone).Select(i => i % 10 < 2 ? $"org{i / 10}" : null).ToArray();
        var constraints = new SeatingConstraints().Pin(0, 0).KeepApart(organizations);
        var registered = new Presence(ReplanRounds, everyone);
        for (var w = ReplanPeople; w < everyone; w++)
        {
            registered.LeavesBefore(0, w);
        }

        var original = new SeatingProblem(values, ReplanRounds, TableSpec.Layout(ReplanPeople, 6, 5, 6), constraints, registered);
        var previous = SeatingOptimizer.Optimize(original, Budget, cancellationToken: TestContext.Current.CancellationToken).Plan;
        var now = new Presence(ReplanRounds, everyone);
        for (var w = ReplanPeople; w < everyone; w++)
        {
            now.ArrivesAt(ReplanHeld, w);
        }

        foreach (var noShow in noShows)
        {
            now.LeavesBefore(ReplanHeld, noShow);
        }

        var tables = Enumerable.Range(0, ReplanRounds)
            .Select(r => r < ReplanHeld ? previous.Rounds[r].Select(_ => new TableSpec(5, 6)).ToArray() : TableSpec.Layout(now.CountPresent(r), 6, 5, 6))
            .ToArray();
        return (new SeatingProblem(values, tables, constraints, now), previous);
    }

    private static void AssertReplanValid(SeatingProblem changed, SeatingPlan previous, SeatingResult result)
    {
        EventFactory.AssertValid(changed, result);
        Assert.Equal(0, result.Repeats);
        Assert.Equal(0, result.ApartViolations);
        Assert.Equal(previous.Rounds.Take(ReplanHeld), result.Plan.Rounds.Take(ReplanHeld));
        Assert.All(result.Plan.Rounds, round => Assert.Contains(0, round[0]));
        Assert.Equal(PlanChecker.CountMovedSeats(previous, result.Plan), result.MovedSeats);
    }

    [Fact]
    public void Replan_TwoNoShowsOneWalkIn_MovesAHandfulOfSeats()
    {
        var (changed, previous) = ReplanEvent(walkIns: 1, 13, 27);

        var result = SeatingOptimizer.Replan(changed, previous, ReplanHeld, Budget, cancellationToken: TestContext.Current.CancellationToken);

        // Each change needs at most one swap of two people who stay in each remaining round: to fill the gap a
        // no-show leaves, make room for a walk-in, or keep a walk-in from meeting someone twice. Ignoring the
        // previous plan moves 41 seats here (Replan_MoveCostZero_MovesMoreSeatsForMoreValue).
        AssertReplanValid(changed, previous, result);
        Assert.InRange(result.MovedSeats, 0, 2 * (2 + 1) * (ReplanRounds - ReplanHeld));
    }

    [Fact]
    public void Replan_NobodyCameOrWent_MovesNobody()
    {
        var (changed, previous) = ReplanEvent(walkIns: 0);

        var result = SeatingOptimizer.Replan(changed, previous, ReplanHeld, Budget, cancellationToken: TestContext.Current.CancellationToken);

        AssertReplanValid(changed, previous, result);
        Assert.Equal(0, result.MovedSeats);
        Assert.Equal(previous.Rounds, result.Plan.Rounds);
    }

    [Fact]
    public void Replan_NoShowsLeaveATableBelowItsMinimum_MovesOnlyEnoughToRefillIt()
    {
        var (_, plan) = ReplanEvent(walkIns: 0);
        var table = plan.Rounds[ReplanHeld][3];
        var (changed, previous) = ReplanEvent(walkIns: 0, table[0], table[1], table[2]);

        var result = SeatingOptimizer.Replan(changed, previous, ReplanHeld, Budget, cancellationToken: TestContext.Current.CancellationToken);

        // Round 3's table 4 keeps 3 of its 6 and seats at least 5, so two people must join it; nobody else need move.
        AssertReplanValid(changed, previous, result);
        Assert.Equal(2, result.MovedSeats);
        var joined = result.Plan.Rounds[ReplanHeld][3].Where(i => previous.TableOf(ReplanHeld, i) != 3).ToArray();
        Assert.Equal(2, joined.Length);
    }

    [Fact]
    public void Replan_SixWalkInsNeedAnotherTable_MovesFewSeatsWithoutRepeats()
    {
        var (changed, previous) = ReplanEvent(walkIns: 6);

        var result = SeatingOptimizer.Replan(changed, previous, ReplanHeld, Budget, cancellationToken: TestContext.Current.CancellationToken);

        // 66 people fill 11 tables of 6 exactly, and the 11th table is new. At most five walk-ins share it in round 3
        // (two are colleagues), so someone who stays must join them; in round 4 the walk-ins who met cannot sit
        // together again. Counting seats, no plan moves fewer than 5; this one may move up to twice that.
        AssertReplanValid(changed, previous, result);
        Assert.Equal(11, changed.Tables(ReplanHeld).Count);
        Assert.InRange(result.MovedSeats, 5, 10);
    }

    [Fact]
    public void Replan_MoveCostZero_MovesMoreSeatsForMoreValue()
    {
        var (changed, previous) = ReplanEvent(walkIns: 1, 13, 27);

        var stable = SeatingOptimizer.Replan(changed, previous, ReplanHeld, Budget, cancellationToken: TestContext.Current.CancellationToken);
        var free = SeatingOptimizer.Replan(changed, previous, ReplanHeld, Budget with { MoveCost = 0 }, cancellationToken: TestContext.Current.CancellationToken);

        AssertReplanValid(changed, previous, free);
        Assert.True(free.MovedSeats > stable.MovedSeats + 10, $"moved {free.MovedSeats} seats at cost 0, {stable.MovedSeats} at the default");
        Assert.True(free.Objective > stable.Objective, $"value {free.Objective} at cost 0, {stable.Objective} at the default");
    }

    [Fact]
    public void Replan_SameSeedAndIterationBudget_SamePlan()
    {
        var (changed, previous) = ReplanEvent(walkIns: 1, 13, 27);

        var first = SeatingOptimizer.Replan(changed, previous, ReplanHeld, Budget, cancellationToken: TestContext.Current.CancellationToken);
        var second = SeatingOptimizer.Replan(changed, previous, ReplanHeld, Budget, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.Plan.Rounds, second.Plan.Rounds);
        Assert.Equal(first.MovedSeats, second.MovedSeats);
        Assert.Equal(Budget.MaxIterations, first.Iterations);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void MoveCost_NegativeOrNotFinite_Throws(double moveCost)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeatingOptions { MoveCost = moveCost });
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
