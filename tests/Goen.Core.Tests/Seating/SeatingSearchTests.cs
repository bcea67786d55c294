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
