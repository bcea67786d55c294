using Goen.Core.Profiles;
using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public partial class EventSeatingTests
{
    private static readonly SeatingOptions Budget = new() { MaxIterations = 20_000, TimeLimit = TimeSpan.FromSeconds(30) };

    /// <summary>An event of <paramref name="people"/> with ids "p1"…, every tenth and eleventh person colleagues, and a host at table 1.</summary>
    private static EventAttendee[] Attendees(int people) =>
        [.. Enumerable.Range(0, people).Select(i => new EventAttendee($"p{i + 1}", new Profile { Name = $"Person {i + 1}" })
        {
            ApartKey = i % 10 < 2 ? $"Org {i / 10}" : null,
            PinnedTable = i == 5 ? 0 : null,
        })];

    private static EventSeatingRequest Request(int rounds, int tableSize = 6) => new() { Rounds = rounds, TableSize = tableSize, Search = Budget };

    /// <summary>Sparse pair values that depend on the pair alone, so the people already there keep theirs when walk-ins join.</summary>
    private static EventPairScores Scores(int people)
    {
        var values = new PairValues(people);
        for (var i = 0; i < people; i++)
        {
            for (var j = i + 1; j < people; j++)
            {
                var hash = (uint)((i * 7919) ^ (j * 104_729)) * 2_654_435_761u;
                values[i, j] = hash % 5 == 0 ? (hash >> 8) % 1000 / 100.0 : 0;
            }
        }

        return new EventPairScores(values, table => [$"topic of {table.Count}"]);
    }

    /// <summary>
    /// Checks a plan by attendee id with the independent <see cref="PlanChecker"/> — each present attendee seated once
    /// per round, table sizes within bounds, pins and apart-rules kept — and that its figures are the checker's.
    /// </summary>
    private static void AssertValid(EventSeatingResult result)
    {
        var position = result.Plan.Attendees.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var seats = new SeatingPlan(result.Plan.Rounds.Select(r => r.Select(t => t.PersonIds.Select(id => position[id]))));

        var report = PlanChecker.Check(result.Problem, seats);

        Assert.Empty(report.Violations);
        Assert.Equal(report.Repeats, result.Repeats);
        Assert.Equal(report.Objective, result.Value, 6);
        Assert.Equal(result.Seats.Rounds, seats.Rounds);
    }

    /// <summary>The pairs of ids who share a table in more than one round, counted from the plan by id alone.</summary>
    private static int RepeatsById(EventSeatingPlan plan)
    {
        var met = new HashSet<(string, string)>();
        var repeats = 0;
        foreach (var table in plan.Rounds.SelectMany(r => r))
        {
            foreach (var a in table.PersonIds)
            {
                foreach (var b in table.PersonIds.Where(b => string.CompareOrdinal(a, b) < 0))
                {
                    repeats += met.Add((a, b)) ? 0 : 1;
                }
            }
        }

        return repeats;
    }

    [Fact]
    public void Plan_SixtyPeopleFourRounds_ValidNoRepeatsHostAndColleaguesKept()
    {
        var attendees = Attendees(60);

        var result = EventSeating.Plan(attendees, Request(4), Scores(60), cancellationToken: TestContext.Current.CancellationToken);

        AssertValid(result);
        Assert.Equal(0, result.Repeats);
        Assert.Equal(0, RepeatsById(result.Plan));
        Assert.Equal(0, result.ApartViolations);
        Assert.All(result.Plan.Rounds, round => Assert.Contains("p6", round[0].PersonIds));
        Assert.All(result.Plan.Rounds, round => Assert.All(round, t => Assert.False(t.PersonIds.Contains("p1") && t.PersonIds.Contains("p2"))));
        Assert.All(result.Plan.Rounds, round => Assert.All(round, t => Assert.Equal(["topic of " + t.PersonIds.Count], t.Topics)));
    }

    [Theory]
    [InlineData(61, 6, null, null, 5, 6)]
    [InlineData(23, 4, 3, 5, 3, 5)]
    [InlineData(24, null, 6, 8, 6, 8)]
    public void Plan_OddCountsAndRanges_EveryTableWithinItsSizes(int people, int? size, int? min, int? max, int low, int high)
    {
        var request = new EventSeatingRequest { Rounds = 3, TableSize = size, MinTableSize = min, MaxTableSize = max, Search = Budget };

        var result = EventSeating.Plan(Attendees(people), request, Scores(people), cancellationToken: TestContext.Current.CancellationToken);

        AssertValid(result);
        Assert.All(result.Plan.Rounds.SelectMany(r => r), t => Assert.InRange(t.PersonIds.Count, low, high));
        Assert.All(result.Plan.Rounds, r => Assert.Equal(people, r.Sum(t => t.PersonIds.Count)));
    }

    [Fact]
    public void Plan_LateArrivalAndEarlyLeaver_SeatedOnlyWhilePresent()
    {
        var attendees = Attendees(30);
        attendees[10] = attendees[10] with { ArrivesAtRound = 2 };
        attendees[20] = attendees[20] with { LeavesBeforeRound = 1 };

        var result = EventSeating.Plan(attendees, Request(3), Scores(30), cancellationToken: TestContext.Current.CancellationToken);

        AssertValid(result);
        Assert.Equal([-1, -1], [result.Plan.TableOf(0, "p11"), result.Plan.TableOf(1, "p11")]);
        Assert.True(result.Plan.TableOf(2, "p11") >= 0);
        Assert.True(result.Plan.TableOf(0, "p21") >= 0);
        Assert.Equal([-1, -1], [result.Plan.TableOf(1, "p21"), result.Plan.TableOf(2, "p21")]);
    }

    [Fact]
    public void Plan_ProfilesScoredByTheEngine_TablesCarrySharedTopics()
    {
        string[] interests = ["ゴルフ、ワイン", "ゴルフ", "ワイン、読書", "読書", "ゴルフ、読書", "ワイン", "登山", "登山、ゴルフ", "ワイン、登山"];
        var attendees = interests.Select((x, i) => new EventAttendee($"a{i}", new Profile { Name = $"P{i}", Interests = x })).ToArray();
        var request = new EventSeatingRequest { Rounds = 2, TableSize = 3, MinTableSize = 3, Search = Budget };

        var result = EventSeating.Plan(attendees, request, cancellationToken: TestContext.Current.CancellationToken);

        AssertValid(result);
        Assert.Equal(0, result.Repeats);
        Assert.True(result.Value > 0);
        Assert.Contains(result.Plan.Rounds.SelectMany(r => r).SelectMany(t => t.Topics), t => t is "ゴルフ" or "ワイン" or "読書" or "登山");
    }

    [Fact]
    public void Plan_TablesOfTwelveForFivePeople_ThrowsSayingWhy()
    {
        var request = new EventSeatingRequest { Rounds = 2, TableSize = 12, MinTableSize = 12, Search = Budget };

        var error = Assert.Throws<SeatingProblemException>(() => EventSeating.Plan(Attendees(5), request, Scores(5)));

        Assert.Equal("Round 1: 5 people cannot be seated at tables of 12–12: no number of such tables seats exactly 5.", error.Message);
    }

    [Fact]
    public void Plan_EveryonePinnedToOneTable_ThrowsSayingWhy()
    {
        var attendees = Attendees(12).Select(a => a with { PinnedTable = 0, ApartKey = null }).ToArray();

        var error = Assert.Throws<SeatingProblemException>(() => EventSeating.Plan(attendees, Request(2), Scores(12)));

        // The check stops at the first person too many.
        Assert.Equal("Round 1: 7 people are pinned to table 1, which seats at most 6.", error.Message);
    }

    [Fact]
    public void Plan_ColleaguesPinnedToOneTable_ThrowsNamingThem()
    {
        var attendees = Attendees(12);
        attendees[0] = attendees[0] with { PinnedTable = 1 };
        attendees[1] = attendees[1] with { PinnedTable = 1 };

        var error = Assert.Throws<SeatingProblemException>(() => EventSeating.Plan(attendees, Request(2), Scores(12)));

        Assert.Equal("Person 1, Person 2 must sit apart but are all pinned to table 2.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    public void Plan_RoundsOutOfRange_ThrowsSayingTheRange(int rounds)
    {
        var error = Assert.Throws<SeatingProblemException>(() => EventSeating.Plan(Attendees(12), Request(rounds), Scores(12)));

        Assert.Equal($"An event is planned for 1 to 255 rounds, not {rounds}.", error.Message);
    }

    [Fact]
    public void Plan_SameIdTwice_Throws()
    {
        var attendees = Attendees(12);
        attendees[3] = attendees[3] with { Id = "p1" };

        var error = Assert.Throws<ArgumentException>(() => EventSeating.Plan(attendees, Request(2), Scores(12)));

        Assert.Contains("\"p1\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WithProgress_ReportsTheSearchUpToItsEnd()
    {
        var reports = new List<SeatingProgress>();

        var result = EventSeating.Plan(Attendees(60), Request(4), Scores(60), new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);

        Assert.NotEmpty(reports);
        Assert.Equal(result.Iterations, reports[^1].Iterations);
        Assert.Equal(result.Repeats, reports[^1].Repeats);
    }

    [Fact]
    public void Plan_Cancelled_ThrowsWithoutAPlan()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var request = Request(4) with { Search = new SeatingOptions { TimeLimit = TimeSpan.FromMinutes(5) } };

        Assert.ThrowsAny<OperationCanceledException>(() => EventSeating.Plan(Attendees(60), request, Scores(60), cancellationToken: cancel.Token));
    }

    private sealed class SynchronousProgress(Action<SeatingProgress> report) : IProgress<SeatingProgress>
    {
        public void Report(SeatingProgress value) => report(value);
    }
}
