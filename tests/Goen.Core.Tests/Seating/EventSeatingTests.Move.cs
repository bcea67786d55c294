using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class EventSeatingTests
{
    [Fact]
    public void Move_IntoATableOfSomeoneAlreadyMet_CountsTheRepeatAndTheValueAsTheCheckerDoes()
    {
        var planned = PlanOf(24, 3);
        var plan = planned.Plan;
        var scores = Scores(24);
        var mover = plan.Rounds[1][1].PersonIds.First(id => id != "p6");
        var metInRoundOne = plan.Rounds[0][plan.TableOf(0, mover)].PersonIds.First(id => id != mover);
        var target = plan.TableOf(1, metInRoundOne);

        var move = EventSeating.Move(plan, 1, mover, target, scores: scores, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(planned.Repeats, move.Before.Repeats);
        Assert.Equal(planned.Value, move.Before.Objective, 6);
        var pair = new[] { int.Parse(mover[1..], System.Globalization.CultureInfo.InvariantCulture) - 1, int.Parse(metInRoundOne[1..], System.Globalization.CultureInfo.InvariantCulture) - 1 }.Order().ToArray();
        Assert.Contains(move.After.RepeatedPairs, p => p.First == pair[0] && p.Second == pair[1]);
        Assert.Equal(target, move.Plan.TableOf(1, mover));
        Assert.Equal(plan.Rounds[0], move.Plan.Rounds[0]);
        Assert.Equal(plan.Rounds[1][1].PersonIds.Count - 1, move.Plan.Rounds[1][1].PersonIds.Count);
        Assert.Contains(move.After.Violations, v => v.Contains("seats 7", StringComparison.Ordinal));
        Assert.NotEqual(move.Before.Objective, move.After.Objective);
    }

    [Fact]
    public void Move_SwapTwoPeople_KeepsTableSizesAndBreaksNoRule()
    {
        var plan = PlanOf(24, 2).Plan;
        var a = plan.Rounds[1][1].PersonIds.First(id => id != "p6");
        var b = plan.Rounds[1][2].PersonIds.First(id => id != "p6");

        var move = EventSeating.Move(plan, 1, a, 0, swapWith: b, scores: Scores(24), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, move.Plan.TableOf(1, a));
        Assert.Equal(1, move.Plan.TableOf(1, b));
        Assert.Equal(plan.Rounds[1].Select(t => t.PersonIds.Count), move.Plan.Rounds[1].Select(t => t.PersonIds.Count));
        Assert.Equal(["topic of 6"], move.Plan.Rounds[1][2].Topics);
        Assert.True(move.After.IsValid || move.After.Violations.All(v => v.Contains("apart", StringComparison.Ordinal)), string.Join("\n", move.After.Violations));
    }

    [Theory]
    [InlineData(5, "p1", 0)]
    [InlineData(0, "nobody", 1)]
    [InlineData(0, "p1", 99)]
    public void Move_ThatCannotBeMade_IsRefusedWithTheReason(int round, string person, int table)
    {
        var plan = PlanOf(24, 2).Plan;

        Assert.Throws<SeatingProblemException>(() => EventSeating.Move(plan, round, person, table, scores: Scores(24), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Throws<SeatingProblemException>(() => EventSeating.Move(plan, 0, "p1", plan.TableOf(0, "p1"), scores: Scores(24), cancellationToken: TestContext.Current.CancellationToken));
    }
}
