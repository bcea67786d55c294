using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class EventSeatingTests
{
    private static readonly string[] NoShows = ["p3", "p14", "p25", "p36", "p47", "p58", "p69", "p80", "p91", "p102", "p113", "p118"];

    private static EventSeatingResult PlanOf(int people, int rounds) =>
        EventSeating.Plan(Attendees(people), Request(rounds), Scores(people), cancellationToken: TestContext.Current.CancellationToken);

    private static EventReplan Changes(int from, IReadOnlyList<string> absent, int walkIns) => new()
    {
        FromRound = from,
        Absent = absent,
        WalkIns = [.. Enumerable.Range(1, walkIns).Select(w => new WalkIn($"Walk-in {w}", Offers: "web design", Needs: "funding"))],
        Search = Budget,
    };

    private static void AssertHeldRoundsKept(EventSeatingPlan previous, EventSeatingResult result, int from) =>
        Assert.Equal(previous.Rounds.Take(from), result.Plan.Rounds.Take(from));

    [Fact]
    public void Replan_TwelveNoShowsFourWalkIns_ValidNoRepeatsPastRoundsKept()
    {
        var previous = PlanOf(120, 5).Plan;
        var changes = Changes(2, NoShows, walkIns: 4);
        var scores = Scores(124);

        var result = EventSeating.Replan(previous, changes, scores, cancellationToken: TestContext.Current.CancellationToken);

        AssertValid(result);
        AssertHeldRoundsKept(previous, result, 2);
        Assert.Equal(0, result.Repeats);
        Assert.Equal(0, RepeatsById(result.Plan));
        Assert.Equal(0, result.ApartViolations);
        Assert.All(NoShows, id => Assert.All(Enumerable.Range(2, 3), r => Assert.Equal(-1, result.Plan.TableOf(r, id))));
        Assert.All(result.WalkInIds, id => Assert.All(Enumerable.Range(2, 3), r => Assert.True(result.Plan.TableOf(r, id) >= 0)));
        Assert.All(result.Plan.Rounds.Skip(2), round => Assert.Contains("p6", round[0].PersonIds));
    }

    [Fact]
    public void Replan_WalkIns_NewIdsAfterEveryoneAndNobodyRenumbered()
    {
        var previous = PlanOf(60, 4).Plan;

        var result = EventSeating.Replan(previous, Changes(1, ["p2"], walkIns: 2), Scores(62), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["walk-in-1", "walk-in-2"], result.WalkInIds);
        Assert.Equal(previous.Attendees.Select(a => a.Id).Concat(result.WalkInIds), result.Plan.Attendees.Select(a => a.Id));
        Assert.Equal("Walk-in 2", result.Plan.Attendees[^1].Profile.Name);
        Assert.Equal(1, result.Plan.Attendees[^1].ArrivesAtRound);
        Assert.Equal(1, result.Plan.Attendees[1].LeavesBeforeRound);
        AssertValid(result);
    }

    [Fact]
    public void Replan_NobodyCameOrWent_EverySeatKept()
    {
        var previous = PlanOf(60, 4).Plan;

        var result = EventSeating.Replan(previous, Changes(2, [], walkIns: 0), Scores(60), cancellationToken: TestContext.Current.CancellationToken);

        AssertValid(result);
        Assert.Equal(0, result.MovedSeats);
        Assert.Equal(previous.Rounds.Select(r => r.Select(t => t.PersonIds)), result.Plan.Rounds.Select(r => r.Select(t => t.PersonIds)));
    }

    [Fact]
    public void Replan_ThreeNoShowsOneWalkIn_MovesFewSeats()
    {
        var previous = PlanOf(60, 4).Plan;

        var result = EventSeating.Replan(previous, Changes(2, ["p13", "p27", "p44"], walkIns: 1), Scores(61), cancellationToken: TestContext.Current.CancellationToken);

        // As in SeatingOptimizerTests.Replan: each change needs at most a swap of two people who stay per remaining round.
        AssertValid(result);
        Assert.Equal(0, result.Repeats);
        Assert.InRange(result.MovedSeats, 0, 2 * 4 * 2);
        Assert.Equal(result.MovedSeats, PlanChecker.CountMovedSeats(SeatingPlanView.Of(previous).Plan, result.Seats));
    }

    [Fact]
    public void Replan_Twice_AbsentStayAbsentAndFirstWalkInsKeepTheirIds()
    {
        var previous = PlanOf(60, 5).Plan;
        var first = EventSeating.Replan(previous, Changes(1, ["p9"], walkIns: 1), Scores(61), cancellationToken: TestContext.Current.CancellationToken);

        var second = EventSeating.Replan(first.Plan, Changes(3, ["p10"], walkIns: 1), Scores(62), cancellationToken: TestContext.Current.CancellationToken);

        AssertValid(second);
        AssertHeldRoundsKept(first.Plan, second, 3);
        Assert.Equal(0, RepeatsById(second.Plan));
        Assert.Equal(["walk-in-2"], second.WalkInIds);
        Assert.Equal([-1, -1], [second.Plan.TableOf(3, "p9"), second.Plan.TableOf(4, "p9")]);
        Assert.True(second.Plan.TableOf(4, "walk-in-1") >= 0);
    }

    [Fact]
    public void Replan_ThroughTheJsonFile_SameAsFromThePlan()
    {
        var previous = PlanOf(30, 3).Plan;
        var writer = new StringWriter();
        EventPlanJson.Write(writer, previous);

        var read = EventPlanJson.Read(writer.ToString());
        var fromFile = EventSeating.Replan(read, Changes(1, ["p4"], walkIns: 1), Scores(31), cancellationToken: TestContext.Current.CancellationToken);
        var fromPlan = EventSeating.Replan(previous, Changes(1, ["p4"], walkIns: 1), Scores(31), cancellationToken: TestContext.Current.CancellationToken);

        AssertValid(fromFile);
        Assert.Equal(Json(previous), Json(read));
        Assert.Equal(fromPlan.Seats.Rounds, fromFile.Seats.Rounds);
    }

    private static string Json(EventSeatingPlan plan)
    {
        var writer = new StringWriter();
        EventPlanJson.Write(writer, plan);
        return writer.ToString();
    }

    [Fact]
    public void Replan_UnknownAbsentId_ThrowsNamingIt()
    {
        var previous = PlanOf(30, 3).Plan;

        var error = Assert.Throws<SeatingProblemException>(() => EventSeating.Replan(previous, Changes(1, ["p99"], walkIns: 0), Scores(30)));

        Assert.Equal("No attendee has the id \"p99\", so they cannot be marked absent.", error.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void Replan_NoSuchRound_ThrowsSayingWhichRoundsThereAre(int from)
    {
        var previous = PlanOf(30, 3).Plan;

        var error = Assert.Throws<SeatingProblemException>(() => EventSeating.Replan(previous, Changes(from, [], walkIns: 0), Scores(30)));

        Assert.Contains("the plan has rounds 1 to 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replan_WalkInIdTaken_ThrowsSayingSo()
    {
        var previous = PlanOf(30, 3).Plan;
        var changes = Changes(1, [], walkIns: 0) with { WalkIns = [new WalkIn("Ann") { Id = "p7" }] };

        var error = Assert.Throws<SeatingProblemException>(() => EventSeating.Replan(previous, changes, Scores(31)));

        Assert.Contains("\"p7\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replan_NoShowsLeaveTooFewForThePinnedTables_ThrowsSayingWhy()
    {
        var attendees = Attendees(12).Select((a, i) => a with { PinnedTable = i < 4 ? 1 : null, ApartKey = null }).ToArray();
        var previous = EventSeating.Plan(attendees, Request(3), Scores(12), cancellationToken: TestContext.Current.CancellationToken).Plan;
        var absent = Enumerable.Range(5, 7).Select(i => $"p{i + 1}").ToArray();

        var error = Assert.Throws<SeatingProblemException>(() => EventSeating.Replan(previous, Changes(1, absent, walkIns: 0), Scores(12)));

        Assert.StartsWith("Round 2: ", error.Message, StringComparison.Ordinal);
    }
}
