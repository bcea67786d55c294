using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class PlanCheckerTests
{
    private static SeatingProblem FourPeopleTwoRounds(SeatingConstraints? constraints = null, Presence? presence = null)
    {
        var values = new PairValues(4);
        values[0, 1] = 1;
        values[2, 3] = 2;
        values[0, 2] = 4;
        return new SeatingProblem(values, 2, [new TableSpec(0, 2), new TableSpec(0, 2)], constraints, presence);
    }

    [Fact]
    public void Check_GoodPlan_NoViolationsAndObjectiveSummed()
    {
        var plan = new SeatingPlan([[[0, 1], [2, 3]], [[0, 2], [1, 3]]]);

        var report = PlanChecker.Check(FourPeopleTwoRounds(), plan);

        Assert.True(report.IsValid);
        Assert.Equal(0, report.Repeats);
        Assert.Equal(7, report.Objective);
    }

    [Fact]
    public void Check_PairMeetsTwice_CountsRepeat()
    {
        var plan = new SeatingPlan([[[0, 1], [2, 3]], [[0, 1], [2, 3]]]);

        var report = PlanChecker.Check(FourPeopleTwoRounds(), plan);

        Assert.True(report.IsValid);
        Assert.Equal(2, report.Repeats);
        Assert.Equal([(0, 1, 2), (2, 3, 2)], report.RepeatedPairs);
    }

    [Fact]
    public void Check_TableTooFull_ReportsSize()
    {
        var plan = new SeatingPlan([[[0, 1, 2], [3]], [[0, 2], [1, 3]]]);

        var report = PlanChecker.Check(FourPeopleTwoRounds(), plan);

        Assert.Contains(report.Violations, v => v.Contains("table 1 seats 3", StringComparison.Ordinal));

        // The same rules as data, one per sentence, for pages that say them in their reader's language.
        Assert.Equal(report.Violations.Count, report.Breaks.Count);
        var size = Assert.Single(report.Breaks, b => b.Kind == PlanBreakKind.TableSize && b.Table == 0);
        Assert.Equal((0, 3), (size.Round, size.Count));
        Assert.True(size.Max < 3);
    }

    [Fact]
    public void Check_PersonMissingOrTwice_Reports()
    {
        var plan = new SeatingPlan([[[0, 1], [1, 3]], [[0, 2], [1, 3]]]);

        var report = PlanChecker.Check(FourPeopleTwoRounds(), plan);

        Assert.Contains("Round 1: person 1 is present but seated 2 times.", report.Violations);
        Assert.Contains("Round 1: person 2 is present but seated 0 times.", report.Violations);
    }

    [Fact]
    public void Check_AbsentPersonSeated_Reports()
    {
        var presence = new Presence(2, 4).Set(1, 3, present: false);
        var plan = new SeatingPlan([[[0, 1], [2, 3]], [[0, 2], [1, 3]]]);

        var report = PlanChecker.Check(FourPeopleTwoRounds(presence: presence), plan);

        Assert.Contains("Round 2: person 3 is seated but not present.", report.Violations);
    }

    [Fact]
    public void Check_ApartPairTogetherAndPinMoved_Reports()
    {
        var constraints = new SeatingConstraints().KeepApart(0, 1).Pin(2, 1);
        var plan = new SeatingPlan([[[0, 1], [2, 3]], [[0, 2], [1, 3]]]);

        var report = PlanChecker.Check(FourPeopleTwoRounds(constraints), plan);

        Assert.Contains("Round 1, table 1: persons 0 and 1 must sit apart.", report.Violations);
        Assert.Contains("Round 2: person 2 sits at table 1 but is pinned to table 2.", report.Violations);
    }

    [Fact]
    public void CountMovedSeats_SamePlan_Zero()
    {
        var plan = new SeatingPlan([[[0, 1], [2, 3]], [[0, 2], [1, 3]]]);

        var moved = PlanChecker.CountMovedSeats(plan, new SeatingPlan(plan.Rounds));

        Assert.Equal(0, moved);
    }

    [Fact]
    public void CountMovedSeats_SwapInOneRoundAndMoveInAnother_CountsEachSeat()
    {
        var previous = new SeatingPlan([[[0, 1], [2, 3]], [[0, 2], [1, 3]], [[0, 3], [1, 2]]]);
        var plan = new SeatingPlan([[[0, 1], [2, 3]], [[0, 1], [2, 3]], [[0], [1, 2, 3]]]);

        var moved = PlanChecker.CountMovedSeats(previous, plan);

        Assert.Equal(3, moved);
    }

    [Fact]
    public void CountMovedSeats_NoShowLeftAndWalkInTookTheSeat_NobodyWhoStayedMoved()
    {
        var previous = new SeatingPlan([[[0, 1], [2, 3]], [[0, 2], [1, 3]]]);
        var plan = new SeatingPlan([[[0, 1], [2, 3]], [[4, 2], [1, 3]]]);

        var moved = PlanChecker.CountMovedSeats(previous, plan);

        Assert.Equal(0, moved);
    }

    [Fact]
    public void CountMovedSeats_RoundOnlyInOnePlan_Ignored()
    {
        var previous = new SeatingPlan([[[0, 1], [2, 3]]]);
        var plan = new SeatingPlan([[[0, 1], [2, 3]], [[0, 2], [1, 3]]]);

        var moved = PlanChecker.CountMovedSeats(previous, plan);

        Assert.Equal(0, moved);
    }
}
