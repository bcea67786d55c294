using System.Diagnostics;
using System.Globalization;
using System.Text;
using Goen.Core.Seating;
using Spectre.Console;

namespace Goen.Benchmarks.Seating;

/// <summary>
/// <c>scripts/bench.sh seat</c>: the seating optimizer against the public MDGP and Social Golfer results, against
/// OR-Tools CP-SAT on the same model, and on a realistic event and its re-plan.
/// </summary>
/// <remarks>
/// Options: <c>--quick</c> (2 seeds, no full-limit MDGP runs, 10 s per golfer row), <c>--only mdgp,sgp,peer,speed</c>,
/// <c>--mdgp-dir DIR</c> (default ../shared/bench/mdgp), <c>--seeds N</c>, <c>--full-seeds N</c>,
/// <c>--sgp-seconds S</c>, <c>--move-costs C,C</c> (the re-plan's <see cref="SeatingOptions.MoveCost"/>s, default 1,0),
/// <c>--markdown FILE</c> (default artifacts/bench/seating.md).
/// </remarks>
internal sealed class SeatingComparison
{
    private static readonly (string Name, double Reference)[] References =
    [
        ("RanReal_n012_ss_01", 956.430), ("RanReal_n030_ss_01", 5503.122), ("RanReal_n060_ss_01", 18733.740),
        ("RanReal_n120_ss_01", 47363.207), ("Geo_n120_ss_01", 101590.196), ("RanReal_n240_ss_01", 155223.135),
        ("RanInt_n240_ss_01", 155508), ("Geo_n240_ss_01", 188818.927), ("RanReal_n480_ss_01", 378337.509),
    ];

    private static readonly (int Groups, int Size, int MaxWeeks)[] GolferRows =
    [
        (4, 3, 4), (5, 3, 7), (6, 3, 8), (7, 3, 10), (8, 3, 11), (4, 4, 5), (5, 4, 5), (6, 4, 7), (7, 4, 9),
        (8, 4, 10), (9, 4, 11), (5, 5, 6), (6, 5, 6), (6, 6, 3), (7, 7, 8), (8, 8, 9),
    ];

    private readonly StringBuilder _markdown = new();
    private readonly string _mdgpDir;
    private readonly bool _quick;
    private readonly bool _smoke;
    private readonly int _seeds;
    private readonly int _fullSeeds;
    private readonly double _sgpSeconds;
    private readonly HashSet<string> _sections;
    private readonly string _markdownPath;
    private readonly double[] _moveCosts;

    private SeatingComparison(string[] args, bool smoke)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        _smoke = smoke;
        _quick = smoke || args.Contains("--quick");
        // Every instance is in shared/bench beside the repository; a clone without it still has the ones
        // the smoke run and the tests use.
        _mdgpDir = Value("--mdgp-dir") ?? (Directory.Exists(Path.Combine("..", "shared", "bench", "mdgp")) ? Path.Combine("..", "shared", "bench", "mdgp") : Path.Combine("tests", "data", "mdgp"));
        _seeds = int.Parse(Value("--seeds") ?? (_quick ? "2" : "5"), CultureInfo.InvariantCulture);
        _fullSeeds = int.Parse(Value("--full-seeds") ?? (_quick ? "0" : "5"), CultureInfo.InvariantCulture);
        _sgpSeconds = double.Parse(Value("--sgp-seconds") ?? (smoke ? "2" : _quick ? "10" : "60"), CultureInfo.InvariantCulture);
        _sections = [.. (Value("--only") ?? "speed,mdgp,sgp,peer").Split(',')];
        _moveCosts = [.. (Value("--move-costs") ?? "1,0").Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture))];
        _markdownPath = Value("--markdown") ?? Path.Combine("artifacts", "bench", smoke ? "seating-smoke.md" : "seating.md");
    }

    public static int Run(string[] args) => new SeatingComparison(args, smoke: false).RunAll("scripts/bench.sh seat " + string.Join(' ', args));

    /// <summary>Runs every comparison on the tiniest settings, for the smoke test.</summary>
    public static int RunSmoke() => new SeatingComparison([], smoke: true).RunAll("scripts/bench.sh --test");

    private static double Gap(double reference, double objective) => Math.Round(100 * (reference - objective) / reference, 6) + 0.0;

    private static string F(double value, string format = "F3") => value.ToString(format, CultureInfo.InvariantCulture);

    private static SeatingResult Solve(SeatingProblem problem, double seconds, int seed) =>
        SeatingOptimizer.Optimize(problem, new SeatingOptions { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds) });

    private static double TenthLimit(int n) => n <= 60 ? 1 : n <= 120 ? 0.3 : n <= 240 ? 2 : 12;

    private static double FullLimit(int n) => n <= 120 ? 3 : n <= 240 ? 20 : 120;

    private int RunAll(string commandLine)
    {
        _markdown.AppendLine("## Seating optimizer");
        _markdown.AppendLine();
        _markdown.AppendLine(CultureInfo.InvariantCulture, $"Command: `{commandLine}` — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, one search thread (CP-SAT: 2 workers).");
        _markdown.AppendLine();
        if (_sections.Contains("speed"))
        {
            Speed();
        }

        if (_sections.Contains("mdgp"))
        {
            Mdgp();
        }

        if (_sections.Contains("sgp"))
        {
            Golfers();
        }

        if (_sections.Contains("peer"))
        {
            Peer();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_markdownPath))!);
        File.WriteAllText(_markdownPath, _markdown.ToString());
        AnsiConsole.MarkupLine($"Markdown written to [bold]{Markup.Escape(_markdownPath)}[/]");
        return 0;
    }

    private void Speed()
    {
        var people = _smoke ? 60 : 300;
        const int rounds = 5;
        const int walkIns = 5;
        var values = SyntheticEvent.Values(people + walkIns, seed: 300);
        var original = new Presence(rounds, people + walkIns);
        for (var w = people; w < people + walkIns; w++)
        {
            original.LeavesBefore(0, w);
        }

        var problem = SyntheticEvent.Problem(people + walkIns, rounds, 6, seed: 300, hosts: 2, original, values);
        var limit = _smoke ? 0.5 : 5;
        var (greedy, _, _) = Measure(() => SeatingOptimizer.Optimize(problem, new SeatingOptions { MaxIterations = 0 }));
        var (plan, planTime, planAllocated) = Measure(() => Solve(problem, limit, seed: 1));
        var planPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        var planCheck = PlanChecker.Check(problem, plan.Plan);

        var changed = new Presence(rounds, people + walkIns);
        for (var w = people; w < people + walkIns; w++)
        {
            changed.ArrivesAt(2, w);
        }

        for (var noShow = 0; noShow < 10; noShow++)
        {
            changed.LeavesBefore(2, noShow * 7 % people);
        }

        var held = plan.Plan.Rounds.Take(2).Select(r => r.Select(_ => new TableSpec(5, 6)).ToArray());
        var present = changed.CountPresent(2);
        var tables = held.Concat(Enumerable.Range(2, rounds - 2).Select(_ => TableSpec.Layout(present, 6, 5, 6).ToArray())).ToArray();
        var replanProblem = new SeatingProblem(values, tables, Constraints(problem), changed);
        var replanLimit = _smoke ? 0.3 : 0.8;
        var replans = new List<(double MoveCost, SeatingResult Result, TimeSpan Time, long Allocated, long Peak, PlanReport Check, int Moved)>();
        foreach (var moveCost in _moveCosts)
        {
            var (replan, replanTime, replanAllocated) = Measure(() => SeatingOptimizer.Replan(
                replanProblem, plan.Plan, 2, new SeatingOptions { Seed = 1, TimeLimit = TimeSpan.FromSeconds(replanLimit), MoveCost = moveCost }));
            var moved = PlanChecker.CountMovedSeats(plan.Plan, replan.Plan);
            replans.Add((moveCost, replan, replanTime, replanAllocated, Process.GetCurrentProcess().PeakWorkingSet64, PlanChecker.Check(replanProblem, replan.Plan), moved));
        }

        var stayingSeats = Enumerable.Range(2, rounds - 2).Sum(r => plan.Plan.Rounds[r].SelectMany(t => t).Count(i => replanProblem.IsPresent(r, i)));

        static string FirstAt(SeatingResult result) =>
            result.FirstConflictFree is { } first ? $"{first.Elapsed.TotalSeconds:F3} s" : "never";

        static string FirstObjective(SeatingResult result) =>
            result.FirstConflictFree is { } first ? F(first.Objective, "F1") : "–";

        static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

        var table = new Table().Title($"Event speed: {people} people, tables of 6, {rounds} rounds, colleagues apart, 2 hosts pinned; re-plan after 2 rounds with 10 no-shows and 5 walk-ins");
        table.AddColumns("case", "limit", "wall time", "0 conflicts at", "objective then", "repeats", "apart", "objective", "moved seats", "allocated", "peak WS");
        table.AddRow("greedy start only", "–", $"{greedy.Elapsed.TotalMilliseconds:F0} ms", FirstAt(greedy), FirstObjective(greedy), Count(greedy.Repeats), Count(greedy.ApartViolations), F(greedy.Objective, "F1"), "–", "–", "–");
        table.AddRow("plan", $"{limit} s", $"{planTime.TotalSeconds:F2} s", FirstAt(plan), FirstObjective(plan), $"{plan.Repeats} (checker {planCheck.Repeats}, valid {planCheck.IsValid})", Count(plan.ApartViolations), F(plan.Objective, "F1"), "–", Mb(planAllocated), Mb(planPeak));
        foreach (var r in replans)
        {
            table.AddRow($"re-plan, move cost {r.MoveCost.ToString(CultureInfo.InvariantCulture)}", $"{replanLimit} s", $"{r.Time.TotalSeconds:F2} s", FirstAt(r.Result), FirstObjective(r.Result), $"{r.Result.Repeats} (checker {r.Check.Repeats}, valid {r.Check.IsValid})", Count(r.Result.ApartViolations), F(r.Result.Objective, "F1"), $"{r.Result.MovedSeats} (checker {r.Moved})", Mb(r.Allocated), Mb(r.Peak));
        }

        AnsiConsole.Write(table);

        _markdown.AppendLine(CultureInfo.InvariantCulture, $"### Event speed ({people} people, tables of 6, {rounds} rounds, colleagues apart, 2 hosts)");
        _markdown.AppendLine();
        _markdown.AppendLine("| case | time limit | wall time | zero repeats and apart violations first at | objective then | repeats | apart violations | objective at the end | moved seats | allocated | peak working set (process) |");
        _markdown.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        _markdown.AppendLine(CultureInfo.InvariantCulture, $"| greedy start only | – | {greedy.Elapsed.TotalMilliseconds:F0} ms | {FirstAt(greedy)} | {FirstObjective(greedy)} | {greedy.Repeats} | {greedy.ApartViolations} | {greedy.Objective:F1} | – | – | – |");
        _markdown.AppendLine(CultureInfo.InvariantCulture, $"| plan | {limit} s | {planTime.TotalSeconds:F2} s | {FirstAt(plan)} | {FirstObjective(plan)} | {plan.Repeats} | {plan.ApartViolations} | {plan.Objective:F1} | – | {Mb(planAllocated)} | {Mb(planPeak)} |");
        foreach (var r in replans)
        {
            var name = r.MoveCost == 0 ? "move cost 0 (moved seats not weighed)" : $"move cost {r.MoveCost.ToString(CultureInfo.InvariantCulture)}{(r.MoveCost == new SeatingOptions().MoveCost ? " (default)" : "")}";
            _markdown.AppendLine(CultureInfo.InvariantCulture, $"| re-plan after 2 rounds (10 no-shows, 5 walk-ins), {name} | {replanLimit} s | {r.Time.TotalSeconds:F2} s | {FirstAt(r.Result)} | {FirstObjective(r.Result)} | {r.Result.Repeats} | {r.Result.ApartViolations} | {r.Result.Objective:F1} | {r.Result.MovedSeats} | {Mb(r.Allocated)} | {Mb(r.Peak)} |");
        }

        _markdown.AppendLine();
        _markdown.AppendLine(CultureInfo.InvariantCulture, $"Bars: plan with zero repeats in ≤ 5 s; re-plan in < 1 s. Moved seats: seats of people who stayed that changed table in the {rounds - 2} remaining rounds, of the {stayingSeats} they had; counted again by `PlanChecker.CountMovedSeats` (agrees: {replans.All(r => r.Moved == r.Result.MovedSeats)}); plans checked by `PlanChecker.Check`: valid = {planCheck.IsValid && replans.All(r => r.Check.IsValid)}.");
        _markdown.AppendLine();
    }

    private static SeatingConstraints Constraints(SeatingProblem problem)
    {
        var constraints = new SeatingConstraints();
        foreach (var group in problem.ApartGroups)
        {
            var keys = new string?[problem.PersonCount];
            foreach (var i in group)
            {
                keys[i] = "g";
            }

            constraints.KeepApart(keys);
        }

        for (var i = 0; i < problem.PersonCount; i++)
        {
            if (problem.PinnedTable(i) >= 0)
            {
                constraints.Pin(i, problem.PinnedTable(i));
            }
        }

        return constraints;
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");

    private static (T Result, TimeSpan Elapsed, long Allocated) Measure<T>(Func<T> action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = action();
        return (result, watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private void Mdgp()
    {
        var table = new Table().Title("MDGP (MDGPLIB): gap to reference, % (negative = better than the reference)");
        table.AddColumns("instance", "reference", "1/10 limit", "mean gap", "worst gap", "best objective", "full limit", "mean gap (full)");
        _markdown.AppendLine("### MDGP (MDGPLIB instances, gap to the reference in shared/bench; negative = better)");
        _markdown.AppendLine();
        _markdown.AppendLine(CultureInfo.InvariantCulture, $"Seeds: {_seeds} at 1/10 of the papers' limit, {_fullSeeds} at the full limit.");
        _markdown.AppendLine();
        _markdown.AppendLine("| instance | reference | 1/10 limit | mean gap | worst gap | best objective | full limit | mean gap (full) |");
        _markdown.AppendLine("|---|---|---|---|---|---|---|---|");
        var tenthGaps = new List<double>();
        var fullGaps = new List<double>();
        foreach (var (name, reference) in _smoke ? References.Take(1) : References)
        {
            var path = Path.Combine(_mdgpDir, name + ".txt");
            if (!File.Exists(path))
            {
                AnsiConsole.MarkupLine($"[yellow]{name}: not found in {Markup.Escape(_mdgpDir)}, skipped[/]");
                continue;
            }

            var problem = MdgpInstance.Load(path).ToProblem();
            var n = problem.PersonCount;
            var tenth = _smoke ? 0.1 : TenthLimit(n);
            var runs = Enumerable.Range(0, _seeds).Select(seed => Solve(problem, tenth, seed).Objective).ToArray();
            var gaps = runs.Select(o => Gap(reference, o)).ToArray();
            tenthGaps.AddRange(gaps);
            var full = FullLimit(n);
            var fullRuns = n >= 120 ? Enumerable.Range(0, _fullSeeds).Select(seed => Solve(problem, full, 100 + seed).Objective).ToArray() : [];
            var fullGap = fullRuns.Length > 0 ? F(fullRuns.Average(o => Gap(reference, o))) : "–";
            fullGaps.AddRange(fullRuns.Select(o => Gap(reference, o)));
            var best = runs.Concat(fullRuns).Max();
            table.AddRow(name, F(reference), $"{tenth} s", F(gaps.Average()), F(gaps.Max()), F(best), fullRuns.Length > 0 ? $"{full} s" : "–", fullGap);
            _markdown.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {reference:F3} | {tenth} s | {gaps.Average():F3} % | {gaps.Max():F3} % | {best:F3} | {(fullRuns.Length > 0 ? $"{full} s" : "–")} | {fullGap}{(fullRuns.Length > 0 ? " %" : "")} |");
        }

        var ds = Path.Combine(_mdgpDir, "RanReal_n120_ds_01.txt");
        if (File.Exists(ds) && !_smoke)
        {
            var problem = MdgpInstance.Load(ds).ToProblem();
            var objectives = Enumerable.Range(0, _seeds).Select(seed => Solve(problem, 3, seed).Objective).ToArray();
            table.AddRow("RanReal_n120_ds_01", "–", "3 s", "–", "–", F(objectives.Max()), "", $"mean {F(objectives.Average())}");
            _markdown.AppendLine(CultureInfo.InvariantCulture, $"| RanReal_n120_ds_01 (no reference) | – | 3 s | – | – | {objectives.Max():F3} (mean {objectives.Average():F3}) | – | – |");
        }

        AnsiConsole.Write(table);
        _markdown.AppendLine();
        if (tenthGaps.Count > 0)
        {
            _markdown.AppendLine(CultureInfo.InvariantCulture, $"Over all instances with a reference: mean gap at 1/10 limit {tenthGaps.Average():F3} % (bar ≤ 0.5 %), worst {tenthGaps.Max():F3} % (bar ≤ 1 %){(fullGaps.Count > 0 ? $"; mean gap at the full limit {fullGaps.Average():F3} % (bar ≤ 0.1 %)" : "")}.");
            _markdown.AppendLine();
        }
    }

    private void Golfers()
    {
        var table = new Table().Title($"Social Golfer Problem: most rounds with zero repeats, {_sgpSeconds} s per row");
        table.AddColumns("g×s", "bound", "known max", "reached", "time to reach", "note");
        _markdown.AppendLine(CultureInfo.InvariantCulture, $"### Social Golfer Problem (most rounds with zero repeats, {_sgpSeconds} s budget per row, seed 1)");
        _markdown.AppendLine();
        _markdown.AppendLine("| g×s | bound | known max | reached | time to reach |");
        _markdown.AppendLine("|---|---|---|---|---|");
        foreach (var (groups, size, maxWeeks) in _smoke ? GolferRows.Where(r => r.Groups * r.Size <= 16) : GolferRows)
        {
            var bound = new GolferInstance(groups, size, 1).WeekBound;
            var watch = Stopwatch.StartNew();
            var reached = 0;
            var reachedAt = TimeSpan.Zero;
            for (var weeks = Math.Max(2, maxWeeks - 2); weeks <= maxWeeks; weeks++)
            {
                var remaining = _sgpSeconds - watch.Elapsed.TotalSeconds;
                if (remaining <= 0.05)
                {
                    break;
                }

                var result = Solve(new GolferInstance(groups, size, weeks).ToProblem(), remaining, seed: 1);
                if (result.Repeats > 0)
                {
                    break;
                }

                (reached, reachedAt) = (weeks, watch.Elapsed);
            }

            for (var weeks = Math.Max(2, maxWeeks - 2) - 1; reached == 0 && weeks >= 1; weeks--)
            {
                var remaining = _sgpSeconds - watch.Elapsed.TotalSeconds;
                var result = Solve(new GolferInstance(groups, size, weeks).ToProblem(), Math.Max(remaining, 1), seed: 1);
                if (result.Repeats == 0)
                {
                    (reached, reachedAt) = (weeks, watch.Elapsed);
                }
            }

            var time = $"{reachedAt.TotalSeconds:F1} s";
            table.AddRow($"{groups}×{size}", bound.ToString(CultureInfo.InvariantCulture), maxWeeks.ToString(CultureInfo.InvariantCulture), reached.ToString(CultureInfo.InvariantCulture), time, reached >= maxWeeks ? "known max" : "below known max");
            _markdown.AppendLine(CultureInfo.InvariantCulture, $"| {groups}×{size} | {bound} | {maxWeeks} | {reached}{(reached >= maxWeeks ? "" : " ✗")} | {time} |");
        }

        AnsiConsole.Write(table);
        _markdown.AppendLine();
        var impossible = new Table().Title("Impossible instances: fewest repeats found");
        impossible.AddColumns("instance", "time limit", "repeats", "returned after");
        _markdown.AppendLine("| impossible instance | time limit | fewest repeats found | returned after |");
        _markdown.AppendLine("|---|---|---|---|");
        foreach (var text in new[] { "6-6-4", "5-4-6" })
        {
            var limit = _smoke ? 1 : _sgpSeconds;
            var result = Solve(GolferInstance.Parse(text).ToProblem(), limit, seed: 1);
            impossible.AddRow(text, $"{limit} s", result.Repeats.ToString(CultureInfo.InvariantCulture), $"{result.Elapsed.TotalSeconds:F1} s");
            _markdown.AppendLine(CultureInfo.InvariantCulture, $"| {text} | {limit} s | {result.Repeats} | {result.Elapsed.TotalSeconds:F1} s |");
        }

        AnsiConsole.Write(impossible);
        _markdown.AppendLine();
    }

    private void Peer()
    {
        var table = new Table().Title("Peer: OR-Tools CP-SAT (2 workers) on the same model, same time limit and 10x");
        table.AddColumns("problem", "time limit", "Goen", "CP-SAT", "Goen / CP-SAT", "CP-SAT at 10x limit");
        _markdown.AppendLine("### Peer: OR-Tools CP-SAT 9.15 (2 workers) on the same model and time limit");
        _markdown.AppendLine();
        _markdown.AppendLine("| problem | time limit | Goen objective | CP-SAT objective (status) | Goen / CP-SAT | CP-SAT at 10× the limit | Goen / CP-SAT at 10× |");
        _markdown.AppendLine("|---|---|---|---|---|---|---|");
        var people = _smoke ? 24 : 60;
        var eventProblem = new SeatingProblem(SyntheticEvent.Values(people, seed: 60), 3, TableSpec.Layout(people, 6, 6, 6));
        var cases = new List<(string Name, SeatingProblem Problem, double Seconds)> { ($"event: {people} people, {people / 6} tables of 6, 3 rounds", eventProblem, _smoke ? 1 : 10) };
        foreach (var name in _smoke ? ["RanReal_n012_ss_01"] : new[] { "RanReal_n120_ss_01", "Geo_n120_ss_01", "RanReal_n120_ds_01" })
        {
            var path = Path.Combine(_mdgpDir, name + ".txt");
            if (File.Exists(path))
            {
                cases.Add((name, MdgpInstance.Load(path).ToProblem(), _smoke ? 1 : 3));
            }
        }

        foreach (var (name, problem, seconds) in cases)
        {
            var ours = Solve(problem, seconds, seed: 1);
            var (peer, status) = CpSatPeer.Solve(problem, TimeSpan.FromSeconds(seconds));
            var (longer, longerStatus) = _quick ? (double.NaN, "not run") : CpSatPeer.Solve(problem, TimeSpan.FromSeconds(10 * seconds));
            string Ratio(double other) => double.IsNaN(other) || other == 0 ? "–" : F(ours.Objective / other, "F4");
            string Show(double value, string why) => double.IsNaN(value) ? $"no solution ({why})" : $"{F(value)} ({why})";
            table.AddRow(name, $"{seconds} s", F(ours.Objective), Show(peer, status), Ratio(peer), Show(longer, longerStatus));
            _markdown.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {seconds} s | {ours.Objective:F3} (repeats {ours.Repeats}) | {Show(peer, status)} | {Ratio(peer)} | {Show(longer, longerStatus)} | {Ratio(longer)} |");
        }

        AnsiConsole.Write(table);
        _markdown.AppendLine();
    }
}
