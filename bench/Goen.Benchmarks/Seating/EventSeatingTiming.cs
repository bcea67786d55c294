using System.Diagnostics;
using System.Globalization;
using System.Text;
using Goen.Core.Seating;
using Spectre.Console;

namespace Goen.Benchmarks.Seating;

/// <summary>
/// <c>scripts/bench.sh seat-event</c>: event seating through <see cref="EventSeating"/>, the class the CLI and the web
/// app call — a 300-person plan at 5 s against the same plan at the reference limit, a re-plan after 2 rounds with
/// 30 no-shows and 10 walk-ins, and 1,000 people at tables of 8.
/// </summary>
/// <remarks>
/// Pair values are <see cref="SyntheticEvent"/>'s (sparse, as real ones), with colleagues kept apart and 2 hosts
/// pinned, so scoring by the engine is not in these figures. Options: <c>--seconds S</c> (the 300-person limit, default 5),
/// <c>--reference-seconds S</c> (default 60), <c>--big-seconds S</c> (the 1,000-person limit, default 25),
/// <c>--threads N</c> (searches side by side in the plans, default 1; the reference always uses one),
/// <c>--markdown FILE</c> (default artifacts/bench/seat-event.md).
/// </remarks>
internal static class EventSeatingTiming
{
    public static int Run(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var seconds = double.Parse(Value("--seconds") ?? "5", CultureInfo.InvariantCulture);
        var threads = int.Parse(Value("--threads") ?? "1", CultureInfo.InvariantCulture);
        var referenceSeconds = double.Parse(Value("--reference-seconds") ?? "60", CultureInfo.InvariantCulture);
        var bigSeconds = double.Parse(Value("--big-seconds") ?? "25", CultureInfo.InvariantCulture);
        var markdownPath = Value("--markdown") ?? Path.Combine("artifacts", "bench", "seat-event.md");
        var markdown = new StringBuilder();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"Command: `scripts/bench.sh seat-event {string.Join(' ', args)}` — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {threads} search thread(s) in the plans, one in the reference; load average {LoadAverage()} before.");
        markdown.AppendLine();
        markdown.AppendLine("| case | time limit | wall time (EventSeating call) | zero conflicts first at | repeats (checker) | apart violations | valid (checker) | value | moved seats | peak working set (process) |");
        markdown.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        var table = new Table().Title("Event seating through EventSeating (synthetic pair values, colleagues apart, 2 hosts pinned)");
        table.AddColumns("case", "limit", "wall", "0 conflicts at", "repeats", "apart", "valid", "value", "moved", "peak WS");

        void Row(string name, double limit, EventSeatingResult result, string moved = "–")
        {
            var report = Check(result);
            var first = result.FirstConflictFree is { } f ? $"{f.Elapsed.TotalSeconds:F3} s" : "never";
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
            var cells = new[]
            {
                name, $"{limit:0.##} s", $"{result.Elapsed.TotalSeconds:F2} s", first, $"{result.Repeats} ({report.Repeats})",
                result.ApartViolations.ToString(CultureInfo.InvariantCulture), report.IsValid.ToString(), result.Value.ToString("F1", CultureInfo.InvariantCulture), moved, $"{peak:F1} MB",
            };
            table.AddRow([.. cells.Select(Markup.Escape)]);
            markdown.AppendLine("| " + string.Join(" | ", cells) + " |");
        }

        // 300 registered and 10 walk-ins share one value matrix, so the re-plan values the people who stay as the plan did.
        const int people = 300;
        const int walkIns = 10;
        var all = SyntheticEvent.Values(people + walkIns, seed: 300);
        var registered = Attendees(people);
        var values = new PairValues(people);
        for (var i = 0; i < people; i++)
        {
            for (var j = i + 1; j < people; j++)
            {
                values[i, j] = all[i, j];
            }
        }

        var scores = new EventPairScores(values);
        EventSeatingResult Plan(double limit, int searches) =>
            EventSeating.Plan(registered, new EventSeatingRequest { Rounds = 5, TableSize = 6, Search = new SeatingOptions { Seed = 1, TimeLimit = TimeSpan.FromSeconds(limit), Threads = searches } }, scores);

        var five = Plan(seconds, threads);
        Row("300 people, tables of 6, 5 rounds", seconds, five);
        var reference = Plan(referenceSeconds, 1);
        Row("the same, reference", referenceSeconds, reference);

        var noShows = Enumerable.Range(0, 30).Select(k => $"p{(k * 7 % people) + 1}").ToArray();
        var changes = new EventReplan
        {
            FromRound = 2,
            Absent = noShows,
            WalkIns = [.. Enumerable.Range(1, walkIns).Select(w => new WalkIn($"Walk-in {w}"))],
        };
        var replan = EventSeating.Replan(five.Plan, changes, new EventPairScores(all));
        var stayed = five.Plan.Rounds.Skip(2).Sum(r => r.Sum(t => t.PersonIds.Count(id => !noShows.Contains(id))));
        Row("re-plan after 2 rounds: 30 no-shows, 10 walk-ins (default limit)", 0.8, replan, $"{replan.MovedSeats} of {stayed} (at least {LeastMoved(five.Plan, replan, 2, noShows)})");

        // The same re-plan given ten times the time: moves above the bound that it still makes are needed (or the move cost's choice), not the search's haste.
        var longer = EventSeating.Replan(five.Plan, changes with { Search = new SeatingOptions { Seed = 1, TimeLimit = TimeSpan.FromSeconds(8) } }, new EventPairScores(all));
        Row("the same re-plan, 8 s", 8, longer, $"{longer.MovedSeats} of {stayed} (at least {LeastMoved(five.Plan, longer, 2, noShows)})");

        // A move cost no gain can pay: how close to the bound the search gets when it moves only whom it must, and the value that costs.
        var firm = EventSeating.Replan(five.Plan, changes with { Search = new SeatingOptions { Seed = 1, TimeLimit = TimeSpan.FromSeconds(0.8), MoveCost = 100 } }, new EventPairScores(all));
        Row("the same re-plan, move cost 100 (keep every seat it can)", 0.8, firm, $"{firm.MovedSeats} of {stayed} (at least {LeastMoved(five.Plan, firm, 2, noShows)})");

        var big = Attendees(1000);
        var bigResult = EventSeating.Plan(big, new EventSeatingRequest { Rounds = 4, TableSize = 8, Search = new SeatingOptions { Seed = 1, TimeLimit = TimeSpan.FromSeconds(bigSeconds), Threads = threads } },
            new EventPairScores(SyntheticEvent.Values(1000, seed: 1000)));
        Row("1,000 people, tables of 8, 4 rounds", bigSeconds, bigResult);

        AnsiConsole.Write(table);
        var ratio = five.Value / reference.Value;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Value at {seconds:0.##} s / value at {referenceSeconds:0.##} s: {ratio:F4} ({100 * (1 - ratio):F2} % below). Load average after: {LoadAverage()}. Re-plan wall time includes building the problem; pair values are given, not scored.");
        AnsiConsole.WriteLine(line);
        markdown.AppendLine();
        markdown.AppendLine(line);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(markdownPath))!);
        File.WriteAllText(markdownPath, markdown.ToString());
        AnsiConsole.MarkupLine($"Markdown written to [bold]{Markup.Escape(markdownPath)}[/]");
        return 0;
    }

    /// <summary>
    /// The fewest seats of people who stay that any re-plan must move: in each re-planned round, those at a table that
    /// no longer exists (fewer people, fewer tables) or beyond what their table now seats. Repeats may force more.
    /// </summary>
    private static int LeastMoved(EventSeatingPlan previous, EventSeatingResult replan, int from, IReadOnlyCollection<string> gone)
    {
        var least = 0;
        for (var r = from; r < previous.Rounds.Count; r++)
        {
            var now = replan.Problem.Tables(r);
            for (var t = 0; t < previous.Rounds[r].Count; t++)
            {
                var staying = previous.Rounds[r][t].PersonIds.Count(id => !gone.Contains(id));
                least += Math.Max(0, staying - (t < now.Count ? now[t].MaxSize : 0));
            }
        }

        return least;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    /// <summary>SyntheticEvent's people as attendees: ids p1…, its organizations as apart-keys, hosts at tables 1 and 2.</summary>
    private static EventAttendee[] Attendees(int people)
    {
        var organizations = SyntheticEvent.Organizations(people, seed: people);
        return [.. Enumerable.Range(0, people).Select(i => new EventAttendee($"p{i + 1}", new Goen.Core.Profiles.Profile { Name = $"Person {i + 1}" })
        {
            ApartKey = organizations[i],
            PinnedTable = i == SyntheticEvent.Host(0) ? 0 : i == SyntheticEvent.Host(1) ? 1 : null,
        })];
    }

    private static PlanReport Check(EventSeatingResult result)
    {
        var position = result.Plan.Attendees.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return PlanChecker.Check(result.Problem, new SeatingPlan(result.Plan.Rounds.Select(r => r.Select(t => t.PersonIds.Select(id => position[id])))));
    }
}
