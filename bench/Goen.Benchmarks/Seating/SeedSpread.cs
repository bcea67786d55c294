using System.Globalization;
using Goen.Core.Profiles;
using Goen.Core.Seating;

namespace Goen.Benchmarks.Seating;

/// <summary>
/// <c>scripts/bench.sh seat-seeds --profiles FILE</c>: what one search and the better of two reach at the same number of
/// steps each, on a profile file scored by the engine (the web job's pair values) — figures that do not depend on how
/// busy the machine is, for judging <see cref="SeatingOptions.Threads"/> where timed runs cannot be trusted — and, in
/// its last column, how many steps a second the searches took (which does depend on the load).
/// </summary>
/// <remarks>
/// Options: <c>--rounds R</c> (default 5), <c>--table K</c> (default 6), <c>--steps N,N…</c> (default 10000,25000,50000),
/// <c>--seeds S</c> (default 4; the pairs 0–1, 2–3, … stand for two searches side by side).
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
        var budgets = (Value("--steps") ?? "10000,25000,50000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var profiles = ProfileCsv.Read(file).Profiles;
        var attendees = profiles.Select((p, i) => new EventAttendee((i + 1).ToString(CultureInfo.InvariantCulture), p)).ToArray();
        var request = new EventSeatingRequest { Rounds = rounds, TableSize = table };
        var scores = EventSeating.Score(attendees, request);
        Console.WriteLine($"# {attendees.Length} people from {Path.GetFileName(file)}, {rounds} rounds, tables of {table}; values by seed at each step budget");
        Console.WriteLine("| steps per search | " + string.Join(" | ", Enumerable.Range(0, seeds).Select(s => $"seed {s}")) + " | mean of one | mean of the better of two | steps per second (mean) |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", seeds)) + "---|---|---|");
        foreach (var steps in budgets)
        {
            var results = Enumerable.Range(0, seeds).Select(seed => EventSeating.Plan(attendees, request with
            {
                Search = new SeatingOptions { Seed = seed, MaxIterations = steps, TimeLimit = TimeSpan.FromHours(1) },
            }, scores)).ToArray();
            var values = results.Select(r => r.Value).ToArray();
            var rate = steps * seeds / results.Sum(r => r.Elapsed.TotalSeconds);
            var pairs = Enumerable.Range(0, seeds / 2).Select(p => Math.Max(values[2 * p], values[2 * p + 1])).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {steps:N0} | {string.Join(" | ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))} | {values.Average():F2} | {(pairs.Length > 0 ? pairs.Average().ToString("F2", CultureInfo.InvariantCulture) : "–")} | {rate:N0} |"));
        }

        return 0;
    }
}
