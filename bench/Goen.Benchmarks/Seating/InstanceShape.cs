using System.Globalization;
using Goen.Core.Profiles;
using Goen.Core.Seating;

namespace Goen.Benchmarks.Seating;

/// <summary>
/// <c>scripts/bench.sh seat-instance --profiles FILE</c>: the shape of an event's pair values (how many pairs are worth
/// anything, how the value is spread over them, each person's number of valuable partners), upper bounds on any plan's
/// value, and how a plan of the optimizer (one search at each of <c>--steps N,N…</c>, default 600,000, seed <c>--seed S</c>) takes
/// its value from the most valuable pairs.
/// </summary>
/// <remarks>
/// The bounds: the sum of every pair's value; each person's best partners as many as they can meet (rounds × (largest
/// table − 1)), summed and halved; and the dual of the linear relaxation of that b-matching (each person meets at most
/// that many, each pair once), min Σ dᵢuᵢ + Σ max(0, vᵢⱼ − uᵢ − uⱼ) over u ≥ 0, by a projected subgradient descent — any u
/// gives a bound, so the figure holds however far the descent got.
/// </remarks>
internal static class InstanceShape
{
    public static int Run(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var file = Value("--profiles") ?? throw new ArgumentException("Give --profiles FILE (e.g. the CSV scripts/bench-seating-web.py imports).");
        var rounds = int.Parse(Value("--rounds") ?? "5", CultureInfo.InvariantCulture);
        var table = int.Parse(Value("--table") ?? "6", CultureInfo.InvariantCulture);
        var budgets = (Value("--steps") ?? "600000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var seed = int.Parse(Value("--seed") ?? "0", CultureInfo.InvariantCulture);
        var profiles = ProfileCsv.Read(file).Profiles;
        var attendees = profiles.Select((p, i) => new EventAttendee((i + 1).ToString(CultureInfo.InvariantCulture), p)).ToArray();
        var request = new EventSeatingRequest { Rounds = rounds, TableSize = table };
        var values = EventSeating.Score(attendees, request).Values;
        var n = values.Count;
        var degree = rounds * (request.TableSizes().Max - 1);

        var pairs = new List<(int I, int J, double V)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (values[i, j] > 0)
                {
                    pairs.Add((i, j, values[i, j]));
                }
            }
        }

        pairs.Sort((x, y) => y.V.CompareTo(x.V));
        var total = pairs.Sum(p => p.V);
        var all = n * (n - 1) / 2;
        Console.WriteLine($"# {n} people from {Path.GetFileName(file)}, {rounds} rounds, tables of {table}: each meets at most {degree}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pairs with a value: {pairs.Count:N0} of {all:N0} ({100.0 * pairs.Count / all:F1} %); largest {pairs[0].V:F3}, median of those {pairs[pairs.Count / 2].V:F3}; sum {total:F2}"));
        foreach (var share in (double[])[0.01, 0.05, 0.10, 0.25, 0.50])
        {
            var top = (int)Math.Ceiling(share * all);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"top {share:P0} of all pairs ({top:N0}): {100 * pairs.Take(top).Sum(p => p.V) / total:F1} % of the value of all pairs; smallest of them {pairs[Math.Min(top, pairs.Count) - 1].V:F3}"));
        }

        var partners = new int[n];
        var rows = new List<double>[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = [];
        }

        foreach (var (i, j, v) in pairs)
        {
            partners[i]++;
            partners[j]++;
            rows[i].Add(v);
            rows[j].Add(v);
        }

        var sorted = partners.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"partners with a value per person: min {sorted[0]}, 10th percentile {sorted[n / 10]}, median {sorted[n / 2]}, 90th {sorted[9 * n / 10]}, max {sorted[^1]}; {partners.Count(p => p < degree)} people have fewer than {degree}"));

        var topPartners = rows.Select(r => r.OrderDescending().Take(degree).Sum()).ToArray();
        var halved = topPartners.Sum() / 2;
        var dual = MatchingDual(n, pairs, degree);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"upper bounds: all pairs {total:F2}; best {degree} partners each, halved {halved:F2}; b-matching dual {dual:F2}"));

        foreach (var budget in budgets)
        {
            var result = EventSeating.Plan(attendees, request with
            {
                Search = new SeatingOptions { Seed = seed, MaxIterations = budget, TimeLimit = TimeSpan.FromHours(1) },
            }, new EventPairScores(values));
            var seated = new HashSet<(int, int)>();
            foreach (var round in result.Seats.Rounds)
            {
                foreach (var members in round)
                {
                    foreach (var i in members)
                    {
                        foreach (var j in members)
                        {
                            if (i < j)
                            {
                                seated.Add((i, j));
                            }
                        }
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"plan of seed {seed} at {budget:N0} steps: {result.Value:F2}, {result.Repeats} repeats; {100 * result.Value / dual:F1} % of the dual bound; meetings {seated.Count:N0}, of them with a value {pairs.Count(p => seated.Contains((p.I, p.J))):N0}"));
            var from = 0;
            foreach (var share in (double[])[0.001, 0.005, 0.01, 0.05, 0.10, 0.25, 0.50])
            {
                var top = (int)Math.Ceiling(share * all);
                var taken = pairs.Take(top).Where(p => seated.Contains((p.I, p.J))).ToArray();
                var band = pairs.Take(Math.Min(top, pairs.Count)).Skip(from).Where(p => seated.Contains((p.I, p.J))).ToArray();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"top {share:P1} of all pairs ({top:N0}): the plan seats {taken.Length:N0} ({100.0 * taken.Length / top:F1} %), {100 * taken.Sum(p => p.V) / result.Value:F1} % of its value; from the band above: {band.Length:N0} pairs, {band.Sum(p => p.V):F2}"));
                from = Math.Min(top, pairs.Count);
            }
        }

        return 0;
    }

    /// <summary>
    /// An upper bound on the value of pairs chosen so that nobody is in more than <paramref name="degree"/> of them: the
    /// Lagrangian dual of the linear relaxation, Σ dᵢuᵢ + Σ max(0, vᵢⱼ − uᵢ − uⱼ), at the best u ≥ 0 a projected subgradient
    /// descent finds (started from each person's <paramref name="degree"/>-th best value, which is already a bound).
    /// </summary>
    private static double MatchingDual(int n, List<(int I, int J, double V)> pairs, int degree)
    {
        var u = new double[n];
        var rows = new List<double>[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = [];
        }

        foreach (var (i, j, v) in pairs)
        {
            rows[i].Add(v / 2);
            rows[j].Add(v / 2);
        }

        for (var i = 0; i < n; i++)
        {
            var r = rows[i].OrderDescending().ToArray();
            u[i] = r.Length >= degree ? r[degree - 1] : 0;
        }

        var best = double.PositiveInfinity;
        var used = new int[n];
        var step = pairs[0].V / 10;
        for (var iteration = 0; iteration < 20000; iteration++)
        {
            Array.Clear(used);
            var bound = degree * u.Sum();
            foreach (var (i, j, v) in pairs)
            {
                var slack = v - u[i] - u[j];
                if (slack > 0)
                {
                    bound += slack;
                    used[i]++;
                    used[j]++;
                }
            }

            if (bound < best)
            {
                best = bound;
            }

            var rate = step / Math.Sqrt(1 + iteration);
            for (var i = 0; i < n; i++)
            {
                u[i] = Math.Max(0, u[i] - rate * (degree - used[i]) / degree);
            }
        }

        return best;
    }
}
