using System.Diagnostics;
using System.Globalization;
using System.Text;
using Goen.Core.Matching;
using Goen.Core.Profiles;
using Spectre.Console;

namespace Goen.Benchmarks.Matching;

/// <summary>
/// <c>scripts/bench.sh suggest</c>: the engine's quality next to its baselines on the labelled set, and
/// its speed and memory for all-pairs suggestions next to Lucene.Net BM25, measured in the same run.
/// </summary>
/// <remarks>
/// Every speed measurement runs in a fresh child process (<c>suggest-run</c>), so peak memory belongs to
/// one engine and one size, and the wall time includes what a command-line user waits for: loading the
/// vocabulary, analysing every profile, indexing, and ranking (with reasons, for Goen).
/// </remarks>
internal static class SuggestComparison
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes", "1000,10000,50000").Split(',').Select(s => int.Parse(s, Invariant)).ToArray();
        var repeat = int.Parse(Option(args, "--repeat", "3"), Invariant);
        var seed = int.Parse(Option(args, "--seed", "42"), Invariant);
        var top = int.Parse(Option(args, "--top", "5"), Invariant);
        var evaluation = Option(args, "--evaluation", Path.Combine(RepositoryRoot(), "tests", "Goen.Core.Tests", "Matching", "Evaluation"));

        var markdown = new StringBuilder();
        markdown.AppendLine(Invariant, $"Command: `scripts/bench.sh suggest {string.Join(' ', args)}` — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        markdown.AppendLine();
        Quality(evaluation, markdown);
        Speed(sizes, repeat, seed, top, markdown);
        // Plain output: the console would wrap the markdown at its width.
        Console.WriteLine();
        Console.WriteLine(markdown.ToString());
        return 0;
    }

    /// <summary>The child process: one engine, one size; prints "wall_ms peak_mb".</summary>
    public static int RunOne(string[] args)
    {
        var engine = Option(args, "--engine", "goen");
        var size = int.Parse(Option(args, "--n", "1000"), Invariant);
        var seed = int.Parse(Option(args, "--seed", "42"), Invariant);
        var top = int.Parse(Option(args, "--top", "5"), Invariant);
        var file = Option(args, "--profiles", "");
        var people = file.Length > 0 ? ProfileCsv.Read(file).Profiles : new CommunityGenerator(seed).Generate(size);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        long pairs = 0;
        if (engine == "goen")
        {
            var index = CommunityIndex.Build(people);
            foreach (var s in index.SuggestAll(top))
            {
                pairs += s.Introductions.Count + s.Starters.Count;
            }
        }
        else
        {
            using var lucene = new LuceneBaseline(people);
            if (engine == "lucene-parallel")
            {
                // The same searches on every core: what a developer would do next for speed.
                Parallel.For(0, people.Count, () => 0L, (i, _, sum) => sum + lucene.Helpers(people[i], i, top).Count + lucene.TalkPartners(people[i], i, top).Count, sum => Interlocked.Add(ref pairs, sum));
            }
            else
            {
                for (var i = 0; i < people.Count; i++)
                {
                    pairs += lucene.Helpers(people[i], i, top).Count + lucene.TalkPartners(people[i], i, top).Count;
                }
            }
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(Invariant, $"{clock.Elapsed.TotalMilliseconds:F0} {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} {pairs}"));
        return 0;
    }

    /// <summary><c>suggest-e2e --profiles FILE [--top 10] [--repeat 1] [--cli PATH]</c>: the issue's end-to-end bar in one command —
    /// <c>goen suggest --format json</c> through the built CLI (start-up, reading, analysis, ranking, JSON with <c>because</c>
    /// sentences) against Lucene.Net BM25 on the same people and the same top k, in the same run.</summary>
    /// <remarks>The CLI's wall time and peak come from <c>/usr/bin/time</c>; Lucene's time leaves out its start-up and the
    /// reading of the file and writes no JSON, so the ratio is, if anything, in Lucene's favour.</remarks>
    public static int EndToEnd(string[] args)
    {
        var file = Path.GetFullPath(Option(args, "--profiles", "/tmp/community-50000.csv"));
        var top = Option(args, "--top", "10");
        var repeat = int.Parse(Option(args, "--repeat", "1"), Invariant);
        var cli = Option(args, "--cli", Path.Combine(RepositoryRoot(), "artifacts", "bin", "Goen.Cli", "release", "goen"));
        if (!File.Exists(cli) || !File.Exists("/usr/bin/time"))
        {
            Console.Error.WriteLine($"Needs {cli} (dotnet build -c Release src/Goen.Cli) and /usr/bin/time (Debian package time).");
            return 2;
        }

        var walls = new List<double>();
        var peak = 0.0;
        var json = Path.GetTempFileName();
        var times = Path.GetTempFileName();
        for (var r = 0; r < repeat; r++)
        {
            var start = new ProcessStartInfo("/bin/sh", ["-c", "exec /usr/bin/time -f '%e %M' -o \"$3\" \"$0\" suggest --profiles \"$1\" --top \"$2\" --format json > \"$4\"", cli, file, top, times, json]) { UseShellExecute = false };
            using (var child = Process.Start(start)!)
            {
                child.WaitForExit();
            }

            var line = File.ReadAllText(times).Trim().Split('\n')[^1].Split(' ');
            walls.Add(double.Parse(line[0], Invariant) * 1000);
            peak = Math.Max(peak, double.Parse(line[1], Invariant) / 1024);
            AnsiConsole.MarkupLine(Invariant, $"[grey]goen suggest run {r + 1}: {line[0]} s, {double.Parse(line[1], Invariant) / 1024:F0} MB, {new FileInfo(json).Length / 1e6:F0} MB of JSON[/]");
        }

        File.Delete(json);
        File.Delete(times);
        walls.Sort();
        var goen = walls[walls.Count / 2];
        var lucene = Measure("lucene", 0, 0, int.Parse(top, Invariant), repeat, file);
        var parallel = Measure("lucene-parallel", 0, 0, int.Parse(top, Invariant), repeat, file);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"Command: `scripts/bench.sh suggest-e2e {string.Join(' ', args)}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {load} at the end"));
        Console.WriteLine();
        Console.WriteLine("| people | goen suggest end to end | goen peak | Lucene 1 thread | Lucene all cores | Lucene 1 thread ÷ goen | Lucene all cores ÷ goen |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(Invariant, $"| {ProfileCsv.Read(file).Profiles.Count:N0} | {Seconds(goen)} | {peak:F0} MB | {Seconds(lucene.Wall)} | {Seconds(parallel.Wall)} | {lucene.Wall / goen:F1}× | {parallel.Wall / goen:F1}× |"));
        return 0;
    }

    /// <summary><c>community-csv --n N [--seed S] --out FILE</c>: the generated community as a profile CSV, for timing
    /// <c>goen suggest</c> end to end (start-up, reading, analysis, ranking, JSON with <c>because</c> sentences).</summary>
    public static int WriteCommunity(string[] args)
    {
        var n = int.Parse(Option(args, "--n", "50000"), Invariant);
        var seed = int.Parse(Option(args, "--seed", "1"), Invariant);
        var people = new CommunityGenerator(seed).Generate(n);
        using var writer = new StreamWriter(Option(args, "--out", "community.csv"), append: false, new System.Text.UTF8Encoding(false));
        writer.WriteLine("name,offers,needs,interests,languages");
        static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        foreach (var p in people)
        {
            writer.WriteLine(string.Join(',', Quote(p.Name), Quote(p.Offers), Quote(p.Needs), Quote(p.Interests), Quote(string.Join(';', p.Languages))));
        }

        return 0;
    }

    public static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Goen.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static void Quality(string folder, StringBuilder markdown)
    {
        var people = ProfileCsv.Read(Path.Combine(folder, "people.csv")).Profiles;
        var queries = MatchingEvaluation.ReadQueries(File.ReadAllText(Path.Combine(folder, "queries.tsv")));
        var competitors = MatchingEvaluation.ReadCompetitors(File.ReadAllText(Path.Combine(folder, "competitors.tsv")));
        var rows = new List<(string Name, EvaluationResult Result)>();

        EvaluationResult Goen(TermAnalyzer analyzer, MatchingOptions options)
        {
            var index = CommunityIndex.Build(people, analyzer, options);
            return MatchingEvaluation.Evaluate(people, queries, competitors, p => [.. index.RankHelpers(p, people.Count).Select(r => r.Person)]);
        }

        rows.Add(("Goen", Goen(new TermAnalyzer(Vocabulary.Default), MatchingOptions.Default)));
        rows.Add(("Goen without the own-offers rule", Goen(new TermAnalyzer(Vocabulary.Default), MatchingOptions.Default with { ExcludeOwnOffers = false })));
        rows.Add(("Goen with Sudachi only (no Goen vocabulary)", Goen(new TermAnalyzer(SudachiOnly()), MatchingOptions.Default)));
        rows.Add(("CJK-bigram TF-IDF, no synonyms", Goen(new TermAnalyzer(Vocabulary.Empty), MatchingOptions.Default with { ExcludeOwnOffers = false })));
        using (var lucene = new LuceneBaseline(people))
        {
            rows.Add(("Lucene.Net BM25 (offers ← needs)", MatchingEvaluation.Evaluate(people, queries, competitors, p => lucene.Helpers(people[p], p, people.Count))));
        }

        var first = rows[0].Result;
        markdown.AppendLine(Invariant, $"Quality on the labelled set ({people.Count} people, {first.Queries} queries, {first.CrossQueries} across Japanese and English, {first.CompetitorPairs} competitor pairs):");
        markdown.AppendLine();
        markdown.AppendLine("| ranker | hit@3 | MRR | hit@3 ja↔en | MRR ja↔en | competitors in top 3 |");
        markdown.AppendLine("|---|---|---|---|---|---|");
        var table = new Table().AddColumns("ranker", "hit@3", "MRR", "hit@3 ja↔en", "MRR ja↔en", "competitors in top 3");
        foreach (var (name, r) in rows)
        {
            string[] cells = [name, F(r.HitAt3), F(r.Mrr), F(r.CrossHitAt3), F(r.CrossMrr), $"{r.CompetitorViolations} of {2 * r.CompetitorPairs}"];
            table.AddRow(cells.Select(Markup.Escape).ToArray());
            markdown.AppendLine(Invariant, $"| {string.Join(" | ", cells)} |");
        }

        AnsiConsole.Write(table);
        markdown.AppendLine();
    }

    private static Vocabulary SudachiOnly()
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("Goen.Core.sudachi-synonyms.tsv")!;
        using var reader = new StreamReader(stream);
        return Vocabulary.Load(reader, null);
    }

    private static void Speed(int[] sizes, int repeat, int seed, int top, StringBuilder markdown)
    {
        markdown.AppendLine(Invariant, $"All-pairs suggestions (top {top} helpers and top {top} small-talk partners for everyone, Goen with reasons), synthetic community (seed {seed}), median of {repeat} cold runs, each in its own process; peak = the process's peak working set. Lucene is run as usually written (one thread) and with its searches spread over all cores:");
        markdown.AppendLine();
        markdown.AppendLine("| N | Goen wall | Goen peak | Lucene 1 thread | Lucene all cores | Lucene peak | Lucene 1 thread ÷ Goen | Lucene all cores ÷ Goen |");
        markdown.AppendLine("|---|---|---|---|---|---|---|---|");
        var table = new Table().AddColumns("N", "Goen wall", "Goen peak", "Lucene 1 thread", "Lucene all cores", "Lucene peak", "÷ (1 thread)", "÷ (all cores)");
        foreach (var n in sizes)
        {
            var goen = Measure("goen", n, seed, top, repeat);
            var lucene = Measure("lucene", n, seed, top, repeat);
            var parallel = Measure("lucene-parallel", n, seed, top, repeat);
            string[] cells = [n.ToString("N0", Invariant), Seconds(goen.Wall), $"{goen.Peak:F0} MB", Seconds(lucene.Wall), Seconds(parallel.Wall), $"{Math.Max(lucene.Peak, parallel.Peak):F0} MB", $"{lucene.Wall / goen.Wall:F1}×", $"{parallel.Wall / goen.Wall:F1}×"];
            table.AddRow(cells);
            markdown.AppendLine(Invariant, $"| {string.Join(" | ", cells)} |");
        }

        AnsiConsole.Write(table);
    }

    private static (double Wall, double Peak) Measure(string engine, int n, int seed, int top, int repeat, string? profiles = null)
    {
        var walls = new List<double>();
        var peak = 0.0;
        for (var r = 0; r < repeat; r++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!, [typeof(SuggestComparison).Assembly.Location, "suggest-run", "--engine", engine, "--n", n.ToString(Invariant), "--seed", seed.ToString(Invariant), "--top", top.ToString(Invariant)])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            if (profiles is not null)
            {
                start.ArgumentList.Add("--profiles");
                start.ArgumentList.Add(profiles);
            }

            if (!Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
            {
                start.ArgumentList.RemoveAt(0);
            }

            using var child = Process.Start(start)!;
            var line = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Split(' ');
            child.WaitForExit();
            walls.Add(double.Parse(line[0], Invariant));
            peak = Math.Max(peak, double.Parse(line[1], Invariant));
            AnsiConsole.MarkupLine(Invariant, $"[grey]{engine} N={n} run {r + 1}: {line[0]} ms, {line[1]} MB, {line[2]} suggestions[/]");
        }

        walls.Sort();
        return (walls[walls.Count / 2], peak);
    }

    private static string F(double value) => value.ToString("0.000", Invariant);

    private static string Seconds(double ms) => (ms / 1000).ToString("0.00 s", Invariant);
}
