using System.Globalization;
using Goen.Core.Profiles;
using Goen.Core.Seating;

namespace Goen.Benchmarks.Seating;

/// <summary>
/// <c>scripts/bench.sh seat-seeds --profiles FILE</c>: what one search and the better of two reach at the same number of
/// steps each, on a profile file scored by the engine (the web job's pair values) — figures that do not depend on how
/// busy the machine is, for judging <see cref="SeatingOptions.Threads"/> where timed runs cannot be trusted — and, in
/// its last columns, how many steps a second the searches took (which depends on the load) and the process's CPU time
/// per step (which depends on it much less: a descheduled search uses none).
/// </summary>
/// <remarks>
/// Options: <c>--rounds R</c> (default 5), <c>--table K</c> (default 6), <c>--steps N,N…</c> (default 10000,25000,50000),
/// <c>--seeds S</c> (default 4; the pairs 0–1, 2–3, … stand for two searches side by side), <c>--first-seed F</c> (default 0:
/// seeds F to F + S − 1, so that seeds can run in processes side by side), <c>--threads T</c> (default 1: each seed's search
/// runs T threads, from seeds s to s + T − 1), <c>--power P</c> (default 1: the searches plan on the values bent to
/// max × (v / max)^P, and the table gives the plans' values on the true ones).
/// </remarks>
internal static class SeedSpread
{
    public static int Run(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var file = Value("--profiles") ?? throw new ArgumentException("Give --profiles FILE (e.g. the CSV scripts/bench-seating-web.py imports).");
        var rounds = int.Parse(Value("--rounds") ?? "5", CultureInfo.InvariantCulture);
        var table = int.Parse(Value("--table") ?? "6", CultureInfo.InvariantCulture);
        var seeds = int.Parse(Value("--seeds") ?? "4", CultureInfo.InvariantCulture);
        var firstSeed = int.Parse(Value("--first-seed") ?? "0", CultureInfo.InvariantCulture);
        var budgets = (Value("--steps") ?? "10000,25000,50000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var profiles = ProfileCsv.Read(file).Profiles;
        var attendees = profiles.Select((p, i) => new EventAttendee((i + 1).ToString(CultureInfo.InvariantCulture), p)).ToArray();
        var request = new EventSeatingRequest { Rounds = rounds, TableSize = table };
        var scores = EventSeating.Score(attendees, request);
        var trueValues = scores.Values;
        if (Value("--power") is { } power)
        {
            var p = double.Parse(power, CultureInfo.InvariantCulture);
            var max = trueValues.Max();
            var bent = new PairValues(trueValues.Count);
            for (var i = 0; i < bent.Count; i++)
            {
                for (var j = i + 1; j < bent.Count; j++)
                {
                    bent[i, j] = max * Math.Pow(trueValues[i, j] / max, p);
                }
            }

            scores = scores with { Values = bent };
        }

        double TrueValue(EventSeatingResult r) => r.Seats.Rounds.Sum(round => round.Sum(t => t.Sum(i => t.Where(j => j > i).Sum(j => trueValues[i, j]))));
        if (Value("--curve") is { } curve)
        {
            return Curve(attendees, request, scores, double.Parse(curve, CultureInfo.InvariantCulture), seeds, int.Parse(Value("--threads") ?? "1", CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"# {attendees.Length} people from {Path.GetFileName(file)}, {rounds} rounds, tables of {table}; values by seed at each step budget");
        Console.WriteLine("| steps per search | " + string.Join(" | ", Enumerable.Range(firstSeed, seeds).Select(s => $"seed {s}")) + " | mean of one | mean of the better of two | steps per second (mean) | CPU µs per step | plans (hash) |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", seeds)) + "---|---|---|---|---|");
        foreach (var steps in budgets)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var results = Enumerable.Range(firstSeed, seeds).Select(seed => EventSeating.Plan(attendees, request with
            {
                Search = new SeatingOptions { Seed = seed, MaxIterations = steps, TimeLimit = TimeSpan.FromHours(1), Threads = int.Parse(Value("--threads") ?? "1", CultureInfo.InvariantCulture) },
            }, scores)).ToArray();
            if (results.FirstOrDefault(r => r.Repeats > 0 || r.ApartViolations > 0) is { } broken)
            {
                Console.WriteLine($"# a plan at {steps:N0} steps has {broken.Repeats} repeats and {broken.ApartViolations} apart violations");
            }

            var cpuPerStep = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / (steps * (double)seeds);
            var values = results.Select(TrueValue).ToArray();
            var rate = steps * seeds / results.Sum(r => r.Elapsed.TotalSeconds);
            var pairs = Enumerable.Range(0, seeds / 2).Select(p => Math.Max(values[2 * p], values[2 * p + 1])).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {steps:N0} | {string.Join(" | ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))} | {values.Average():F2} | {(pairs.Length > 0 ? pairs.Average().ToString("F2", CultureInfo.InvariantCulture) : "–")} | {rate:N0} | {cpuPerStep:F1} | {string.Join(" ", results.Select(PlanHash))} |"));
        }

        return 0;
    }

    /// <summary>
    /// <c>--curve SECONDS [--threads T]</c>: the best value against time (and steps) of one timed search per seed, from the
    /// optimizer's progress reports (at most one every 100 ms), at 0.25, 0.5, 1, 2, 3, 4, 5, 10, 20, 30, 45 and 60 s.
    /// </summary>
    private static int Curve(EventAttendee[] attendees, EventSeatingRequest request, EventPairScores scores, double seconds, int seeds, int threads)
    {
        double[] marks = [0.25, 0.5, 1, 2, 3, 4, 5, 10, 20, 30, 45, 60];
        marks = [.. marks.Where(m => m <= seconds)];
        Console.WriteLine($"# best value (steps) at each time, {seconds} s searches, {threads} thread(s)");
        Console.WriteLine("| seed | " + string.Join(" | ", marks.Select(m => $"{m} s")) + " | end |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", marks.Length + 1)));
        for (var seed = 0; seed < seeds; seed++)
        {
            var reports = new List<SeatingProgress>();
            var recorder = new Recorder(reports);
            var result = EventSeating.Plan(attendees, request with
            {
                Search = new SeatingOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds), Threads = threads },
            }, scores, recorder);
            var cells = marks.Select(m =>
            {
                var last = reports.LastOrDefault(r => r.Elapsed.TotalSeconds <= m);
                return last.Iterations == 0 && last.Objective == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{last.Objective:F2} ({last.Iterations:N0})");
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {seed} | {string.Join(" | ", cells)} | {result.Value:F2} ({result.Iterations:N0}) |"));
        }

        return 0;
    }

    /// <summary>A short hash of who sits at which table in each round, to tell whether a change to the search's speed left its plans as they were.</summary>
    private static string PlanHash(EventSeatingResult result) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("/", result.Seats.Rounds.Select(round => string.Join(";", round.Select(table => string.Join(",", table))))))))[..8];

    private sealed class Recorder(List<SeatingProgress> reports) : IProgress<SeatingProgress>
    {
        private readonly Lock _gate = new();

        public void Report(SeatingProgress value)
        {
            lock (_gate)
            {
                reports.Add(value);
            }
        }
    }
}
