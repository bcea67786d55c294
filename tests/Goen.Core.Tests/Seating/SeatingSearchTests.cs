using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class SeatingSearchTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 300)]
    [InlineData(4, 3_000)]
    public void TablePairScores_AnyStateOfTheSearch_BoundNotBelowBest(int seed, long steps)
    {
        // 22 people at 5 tables of 4–5 cannot meet 6 times without repeats, so the conflict terms are exercised, and
        // tables of two sizes give moves as well as swaps.
        var organization = Enumerable.Range(0, 22).Select(i => i < 15 ? $"org{i % 3}" : null).ToArray();
        var constraints = new SeatingConstraints().KeepApart(organization).Pin(20, 0).Pin(21, 3);
        var problem = new SeatingProblem(EventFactory.SparseValues(22, seed), 6, TableSpec.Layout(22, 5, 4, 5), constraints);
        var search = new SeatingSearch(problem, 0);
        var random = new Random(seed);
        search.SeatFreeRounds(random, null);
        var options = new SeatingOptions { Seed = seed, MaxIterations = steps, TimeLimit = TimeSpan.FromMinutes(1) };
        search.Run(random, options, options.Clock.GetTimestamp(), null, TestContext.Current.CancellationToken);

        var gaps = new List<string>();
        for (var round = 0; round < problem.RoundCount; round++)
        {
            var tables = problem.Tables(round).Count;
            for (var first = 0; first < tables; first++)
            {
                for (var second = first + 1; second < tables; second++)
                {
                    var (bound, best) = search.TablePairScores(round, first, second);
                    if (bound < best - 1e-9)
                    {
                        gaps.Add($"round {round}, tables {first}–{second}: bound {bound}, best {best}");
                    }
                }
            }
        }

        Assert.True(search.Repeats > 0);
        Assert.Empty(gaps);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Relink_BetweenTwoSearchesPlans_LeavesAValidPlanBetweenThem(int seed)
    {
        // Tables of 5–6, so the walk moves people as well as swapping them.
        var problem = new SeatingProblem(EventFactory.SparseValues(40, seed), 3, TableSpec.Layout(40, 6, 5, 6));
        var options = new SeatingOptions { MaxIterations = 1_000, TimeLimit = TimeSpan.FromMinutes(1) };
        var (start, startValue) = Best(seed);
        var (guide, guideValue) = Best(seed + 10);
        var search = new SeatingSearch(problem, 0);
        var differing = start.Zip(guide).Count(p => p.First != p.Second);

        var swaps = search.Relink(start, guide, 0, 1);

        var plan = search.ToPlan();
        var report = PlanChecker.Check(problem, plan);
        Assert.Empty(report.Violations);
        Assert.Equal(report.Objective, search.Value, 6);
        Assert.Equal(report.Repeats, search.Repeats);
        Assert.InRange(swaps, 1, differing);
        Assert.NotEqual(startValue, search.Value);
        Assert.NotEqual(guideValue, search.Value);

        (int[] Seats, double Value) Best(int from)
        {
            var search = new SeatingSearch(problem, 0);
            var random = new Random(from);
            search.SeatFreeRounds(random, null);
            search.Run(random, options, options.Clock.GetTimestamp(), null, TestContext.Current.CancellationToken);
            var seats = new int[problem.RoundCount * problem.PersonCount];
            search.CopyBest(seats);
            return (seats, search.Value);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Run_TabuClockMovedUpEvery100Steps_SamePlan(int seed)
    {
        var organization = Enumerable.Range(0, 22).Select(i => i < 15 ? $"org{i % 3}" : null).ToArray();
        var constraints = new SeatingConstraints().KeepApart(organization).Pin(20, 0).Pin(21, 3);
        var problem = new SeatingProblem(EventFactory.SparseValues(22, seed), 6, TableSpec.Layout(22, 5, 4, 5), constraints);
        var options = new SeatingOptions { Seed = seed, MaxIterations = 3_000, TimeLimit = TimeSpan.FromMinutes(1) };

        var (plan, value) = Plan(new SeatingSearch(problem, 0));
        var (rebasedPlan, rebasedValue) = Plan(new SeatingSearch(problem, 0) { TabuRebaseSteps = 100 });

        Assert.Equal(value, rebasedValue);
        Assert.Equal(plan, rebasedPlan);

        (string Plan, double Value) Plan(SeatingSearch search)
        {
            var random = new Random(seed);
            search.SeatFreeRounds(random, null);
            search.Run(random, options, options.Clock.GetTimestamp(), null, TestContext.Current.CancellationToken);
            var tables = search.ToPlan().Rounds.Select(round => string.Join(";", round.Select(table => string.Join(",", table))));
            return (string.Join("/", tables), search.Value);
        }
    }
}
