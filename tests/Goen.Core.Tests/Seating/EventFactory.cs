using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

/// <summary>Builds small events with sparse, deterministic pair values, like real ones.</summary>
internal static class EventFactory
{
    public static PairValues SparseValues(int people, int seed, double density = 0.2)
    {
        var random = new Random(seed);
        var values = new PairValues(people);
        for (var i = 0; i < people; i++)
        {
            for (var j = i + 1; j < people; j++)
            {
                if (random.NextDouble() < density)
                {
                    values[i, j] = Math.Round(random.NextDouble() * 10, 2);
                }
            }
        }

        return values;
    }

    public static void AssertValid(SeatingProblem problem, SeatingResult result)
    {
        var report = PlanChecker.Check(problem, result.Plan);
        Assert.Empty(report.Violations);
        Assert.Equal(report.Repeats, result.Repeats);
        Assert.Equal(report.Objective, result.Objective, 6);
    }

    /// <summary>Asserts that a seed gives <paramref name="instance"/>'s weeks, each a partition into its groups, with no pair twice.</summary>
    public static void AssertGolferSeed(GolferInstance instance, int[][][]? seed)
    {
        Assert.NotNull(seed);
        Assert.Equal(instance.Weeks, seed.Length);
        var report = PlanChecker.Check(instance.ToProblem(), new SeatingPlan(seed));
        Assert.Empty(report.Violations);
        Assert.Equal(0, report.Repeats);
    }
}
