namespace Goen.Core.Seating;

/// <summary>Checks a seating plan against its problem, independently of the optimizer's own bookkeeping.</summary>
/// <remarks>
/// The checker counts everything from the plan itself, pair by pair, in the plainest way; it shares no code
/// with <see cref="SeatingOptimizer"/>, so the two can be tested against each other.
/// </remarks>
public static class PlanChecker
{
    /// <summary>Checks <paramref name="plan"/> against <paramref name="problem"/>.</summary>
    /// <returns>The rules the plan breaks, its repeats and its objective.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PlanReport Check(SeatingProblem problem, SeatingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(plan);
        var n = problem.PersonCount;
        var breaks = new List<PlanBreak>();
        var meetings = new Dictionary<(int, int), int>();
        var objective = 0.0;
        if (plan.RoundCount != problem.RoundCount)
        {
            breaks.Add(new(PlanBreakKind.RoundCount, -1, Count: plan.RoundCount, Max: problem.RoundCount));
        }

        var apart = new HashSet<(int, int)>();
        foreach (var group in problem.ApartGroups)
        {
            foreach (var first in group)
            {
                foreach (var second in group)
                {
                    if (first < second)
                    {
                        apart.Add((first, second));
                    }
                }
            }
        }

        for (var r = 0; r < Math.Min(plan.RoundCount, problem.RoundCount); r++)
        {
            var tables = plan.Rounds[r];
            var specs = problem.Tables(r);
            if (tables.Count != specs.Count)
            {
                breaks.Add(new(PlanBreakKind.TableCount, r, Count: tables.Count, Max: specs.Count));
            }

            var timesSeated = new int[n];
            for (var t = 0; t < tables.Count; t++)
            {
                var people = tables[t];
                if (t < specs.Count && (people.Count < specs[t].MinSize || people.Count > specs[t].MaxSize))
                {
                    breaks.Add(new(PlanBreakKind.TableSize, r, t, Count: people.Count, Min: specs[t].MinSize, Max: specs[t].MaxSize));
                }

                foreach (var person in people)
                {
                    if (person < 0 || person >= n)
                    {
                        breaks.Add(new(PlanBreakKind.UnknownPerson, r, t, person));
                        continue;
                    }

                    timesSeated[person]++;
                    var pin = problem.PinnedTable(person);
                    if (pin >= 0 && pin != t)
                    {
                        breaks.Add(new(PlanBreakKind.Pinned, r, t, person, Min: pin));
                    }
                }

                var valid = people.Where(p => p >= 0 && p < n).Distinct().ToArray();
                for (var x = 0; x < valid.Length; x++)
                {
                    for (var y = x + 1; y < valid.Length; y++)
                    {
                        var pair = (Math.Min(valid[x], valid[y]), Math.Max(valid[x], valid[y]));
                        objective += problem.Values[pair.Item1, pair.Item2];
                        meetings[pair] = meetings.GetValueOrDefault(pair) + 1;
                        if (apart.Contains(pair))
                        {
                            breaks.Add(new(PlanBreakKind.Apart, r, t, pair.Item1, pair.Item2));
                        }
                    }
                }
            }

            for (var person = 0; person < n; person++)
            {
                var present = problem.IsPresent(r, person);
                if (present && timesSeated[person] != 1)
                {
                    breaks.Add(new(PlanBreakKind.SeatedTimes, r, First: person, Count: timesSeated[person]));
                }
                else if (!present && timesSeated[person] > 0)
                {
                    breaks.Add(new(PlanBreakKind.NotPresent, r, First: person));
                }
            }
        }

        var repeated = meetings.Where(m => m.Value > 1).Select(m => (m.Key.Item1, m.Key.Item2, m.Value)).OrderBy(m => m).ToArray();
        return new PlanReport
        {
            Breaks = breaks,
            Repeats = repeated.Sum(m => m.Value - 1),
            RepeatedPairs = repeated,
            Objective = objective,
        };
    }

    /// <summary>
    /// Counts the seats that differ between two plans of one event: for each round both plans have, the people
    /// seated in both at different tables.
    /// </summary>
    /// <remarks>
    /// This is what a re-plan costs the people who stay: each moved seat is a printed itinerary or table card that
    /// is now wrong. People seated in only one of the plans — no-shows, walk-ins — are not counted, and tables are
    /// compared by number.
    /// </remarks>
    /// <param name="previous">The plan people were given.</param>
    /// <param name="plan">The plan that replaces it.</param>
    /// <returns>The number of (round, person) seats that changed table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int CountMovedSeats(SeatingPlan previous, SeatingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(plan);
        var moved = 0;
        for (var r = 0; r < Math.Min(previous.RoundCount, plan.RoundCount); r++)
        {
            var before = TablesByPerson(previous.Rounds[r]);
            foreach (var (person, table) in TablesByPerson(plan.Rounds[r]))
            {
                if (before.TryGetValue(person, out var old) && old != table)
                {
                    moved++;
                }
            }
        }

        return moved;
    }

    private static Dictionary<int, int> TablesByPerson(IReadOnlyList<IReadOnlyList<int>> tables)
    {
        var tableOf = new Dictionary<int, int>();
        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var person in tables[t])
            {
                tableOf.TryAdd(person, t);
            }
        }

        return tableOf;
    }
}
