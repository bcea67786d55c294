using Goen.Core.Seating;
using Google.OrTools.Sat;

namespace Goen.Benchmarks.Seating;

/// <summary>Solves the same weighted seating model with OR-Tools CP-SAT, the peer the optimizer is compared with.</summary>
/// <remarks>
/// x[r,i,t] seats person i at table t in round r; y[r,i,j,t] is "i and j share table t in round r", bounded above by
/// both x so that maximizing Σ v·y counts only real meetings. With several rounds, y is also forced to 1 whenever
/// both sit at t, and each pair meets at most once. Values are scaled to integers (×1000), as CP-SAT requires.
/// </remarks>
internal static class CpSatPeer
{
    /// <returns>The objective of CP-SAT's best plan (NaN if it found none) and its status.</returns>
    public static (double Objective, string Status) Solve(SeatingProblem problem, TimeSpan limit, int workers = 2)
    {
        var n = problem.PersonCount;
        var model = new CpModel();
        var x = new BoolVar[problem.RoundCount][,];
        var meetings = new Dictionary<(int, int), List<BoolVar>>();
        var objectiveVars = new List<BoolVar>();
        var objectiveCoefficients = new List<long>();
        for (var r = 0; r < problem.RoundCount; r++)
        {
            var tables = problem.Tables(r);
            x[r] = new BoolVar[n, tables.Count];
            for (var i = 0; i < n; i++)
            {
                for (var t = 0; t < tables.Count; t++)
                {
                    x[r][i, t] = model.NewBoolVar($"x{r}_{i}_{t}");
                }

                if (problem.IsPresent(r, i))
                {
                    model.AddExactlyOne(Enumerable.Range(0, tables.Count).Select(t => x[r][i, t]));
                }
                else
                {
                    model.Add(LinearExpr.Sum(Enumerable.Range(0, tables.Count).Select(t => x[r][i, t])) == 0);
                }

                if (problem.PinnedTable(i) >= 0 && problem.IsPresent(r, i))
                {
                    model.Add(x[r][i, problem.PinnedTable(i)] == 1);
                }
            }

            for (var t = 0; t < tables.Count; t++)
            {
                model.AddLinearConstraint(LinearExpr.Sum(Enumerable.Range(0, n).Select(i => x[r][i, t])), tables[t].MinSize, tables[t].MaxSize);
            }

            foreach (var group in problem.ApartGroups)
            {
                for (var t = 0; t < tables.Count; t++)
                {
                    model.AddAtMostOne(group.Select(i => x[r][i, t]));
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var value = (long)Math.Round(problem.Values[i, j] * 1000);
                    if (!problem.IsPresent(r, i) || !problem.IsPresent(r, j) || (value == 0 && problem.RoundCount == 1))
                    {
                        continue;
                    }

                    for (var t = 0; t < tables.Count; t++)
                    {
                        var y = model.NewBoolVar($"y{r}_{i}_{j}_{t}");
                        model.AddImplication(y, x[r][i, t]);
                        model.AddImplication(y, x[r][j, t]);
                        if (problem.RoundCount > 1)
                        {
                            model.AddBoolOr([x[r][i, t].Not(), x[r][j, t].Not(), y]);
                            if (!meetings.TryGetValue((i, j), out var list))
                            {
                                meetings[(i, j)] = list = [];
                            }

                            list.Add(y);
                        }

                        if (value > 0)
                        {
                            objectiveVars.Add(y);
                            objectiveCoefficients.Add(value);
                        }
                    }
                }
            }
        }

        foreach (var list in meetings.Values)
        {
            model.AddAtMostOne(list);
        }

        if (problem.RoundCount > 0 && problem.IsPresent(0, 0) && problem.PinnedTable(0) < 0)
        {
            model.Add(x[0][0, 0] == 1);
        }

        model.Maximize(LinearExpr.WeightedSum(objectiveVars, objectiveCoefficients));
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant($"max_time_in_seconds:{limit.TotalSeconds} num_workers:{workers} random_seed:0"),
        };
        var status = solver.Solve(model);
        var objective = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver.ObjectiveValue / 1000 : double.NaN;
        return (objective, status.ToString());
    }
}
