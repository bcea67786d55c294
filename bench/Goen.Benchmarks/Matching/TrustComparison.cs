using System.Globalization;
using System.Text;
using Goen.Core.Matching;
using Goen.Core.Profiles;
using Spectre.Console;
using Profile = Goen.Core.Profiles.Profile;

namespace Goen.Benchmarks.Matching;

/// <summary>
/// <c>scripts/bench.sh trust [--details]</c>: how far Goen's suggestions can be trusted on the trust set
/// (<c>tests/Goen.Core.Tests/Matching/Trust</c>), next to the Lucene.Net BM25 baseline, measured the same way.
/// </summary>
/// <remarks>
/// Goen is ranked as the product ranks: <see cref="CommunityIndex.RankHelpers"/> for help and the starters of
/// <see cref="CommunityIndex.SuggestAll"/> (top 5) for small talk, both counting only scores above zero.
/// <c>--details</c> also lists every false hint, miss, suggestion to someone nobody can help, and leak.
/// <c>--curve [--grid 0,0.04,0.1] [--shares 0,0.5] [--why]</c> measures instead how the minimum help score and the minimum
/// share of the best helper's score trade recall for precision, on
/// this set and on the older labelled set (<c>--why</c>: every first-three suggestion with its score and reasons).
/// </remarks>
internal static class TrustComparison
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Kinds = ["surface", "broad", "restriction", "language", "direction", "peer"];

    public static int Run(string[] args)
    {
        var folder = SuggestComparison.Option(args, "--set", Path.Combine(SuggestComparison.RepositoryRoot(), "tests", "Goen.Core.Tests", "Matching", "Trust"));
        var details = args.Contains("--details");
        var people = ProfileCsv.Read(Path.Combine(folder, "people.csv")).Profiles;
        var labels = TrustLabels.Parse(
            File.ReadAllText(Path.Combine(folder, "helpers.tsv")),
            File.ReadAllText(Path.Combine(folder, "traps.tsv")),
            File.ReadAllText(Path.Combine(folder, "smalltalk.tsv")),
            File.ReadAllText(Path.Combine(folder, "smalltalk_traps.tsv")));

        if (args.Contains("--train"))
        {
            return TrustTraining.Run(people, labels, args);
        }

        if (args.Contains("--ceiling"))
        {
            return TrustCeiling.Run(people, labels, args);
        }

        if (args.Contains("--curve"))
        {
            return Curve(people, labels, SuggestComparison.Option(args, "--grid", "0,0.02,0.03,0.04,0.05,0.06,0.08,0.10,0.12,0.16,0.20,0.25,0.30"), SuggestComparison.Option(args, "--shares", MatchingOptions.Default.MinShareOfBest.ToString(Invariant)), args.Contains("--why"), Variants(args));
        }

        var rows = new List<(string Name, TrustResult Result, Func<int, IReadOnlyList<int>> Helpers)>();
        var index = CommunityIndex.Build(people);
        var starters = index.SuggestAll(5);
        Func<int, IReadOnlyList<int>> goenHelpers = p => [.. index.RankHelpers(p, people.Count).Select(r => r.Person)];
        rows.Add(("Goen", TrustEvaluation.Evaluate(people, labels, goenHelpers, p => [.. starters[p].Starters.Select(m => m.Person)]), goenHelpers));
        using var lucene = new LuceneBaseline(people);
        Func<int, IReadOnlyList<int>> luceneHelpers = p => lucene.Helpers(people[p], p, people.Count);
        rows.Add(("Lucene.Net BM25", TrustEvaluation.Evaluate(people, labels, luceneHelpers, p => lucene.TalkPartners(people[p], p, 5)), luceneHelpers));

        var first = rows[0].Result;
        var markdown = new StringBuilder();
        markdown.AppendLine(Invariant, $"Command: `scripts/bench.sh trust {string.Join(' ', args)}` — {DateTime.UtcNow:yyyy-MM-dd}, .NET {Environment.Version}");
        markdown.AppendLine();
        markdown.AppendLine(Invariant, $"Trust set: {first.People} people, {first.HelpQueries} with a helper ({first.CrossQueries} only across languages), {first.NobodyPeople} nobody can help, {labels.Traps.Count} traps, {first.SmallTalkQueries} small-talk people, {first.SmallTalkTrapPairs} generic-word pairs.");
        markdown.AppendLine();
        string[] header = ["ranker", "precision@3", "false hints", "hit@3", "MRR", "hit@3 ja↔en", "nobody: silent", "small talk hit@5", "small-talk leaks", "suggestions in top 3"];
        markdown.AppendLine(Invariant, $"| {string.Join(" | ", header)} |");
        markdown.AppendLine(Invariant, $"|{string.Concat(Enumerable.Repeat("---|", header.Length))}");
        var table = new Table().AddColumns(header);
        foreach (var (name, r, _) in rows)
        {
            string[] cells = [name, F(r.PrecisionAt3), F(r.FalseHintRate), F(r.HitAt3), F(r.Mrr), F(r.CrossHitAt3), $"{F(r.NobodyCorrect)} ({r.NobodyPeople - r.NobodySuggested.Count} of {r.NobodyPeople})", F(r.SmallTalkHitAt5), $"{F(r.SmallTalkLeakRate)} ({r.Leaks.Count} of {r.SmallTalkTrapPairs})", r.Suggestions.ToString(Invariant)];
            table.AddRow(cells.Select(Markup.Escape).ToArray());
            markdown.AppendLine(Invariant, $"| {string.Join(" | ", cells)} |");
        }

        markdown.AppendLine();
        markdown.AppendLine("Traps among the first three helpers, by kind (trap pairs found / labelled):");
        markdown.AppendLine();
        markdown.AppendLine(Invariant, $"| ranker | {string.Join(" | ", Kinds)} |");
        markdown.AppendLine(Invariant, $"|---|{string.Concat(Enumerable.Repeat("---|", Kinds.Length))}");
        foreach (var (name, r, _) in rows)
        {
            var cells = Kinds.Select(k => $"{r.FalseHints.Count(h => h.Kind == k)} of {labels.Traps.Count(t => t.Kind == k)}");
            markdown.AppendLine(Invariant, $"| {name} | {string.Join(" | ", cells)} |");
        }

        AnsiConsole.Write(table);
        if (details)
        {
            foreach (var (name, r, helpers) in rows)
            {
                Details(name, r, helpers, people, markdown);
            }
        }

        Console.WriteLine();
        Console.WriteLine(markdown.ToString());
        return 0;
    }

    private static void Details(string name, TrustResult r, Func<int, IReadOnlyList<int>> helpers, IReadOnlyList<Profile> people, StringBuilder markdown)
    {
        var byName = people.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i);
        string Top3(string person) => string.Join(", ", helpers(byName[person]).Take(3).Select(i => people[i].Name));
        markdown.AppendLine();
        markdown.AppendLine(Invariant, $"{name}, false hints (person ← trap, kind; their top 3):");
        foreach (var h in r.FalseHints)
        {
            markdown.AppendLine(Invariant, $"- {h.Person} ← {h.Trap} ({h.Kind}); top 3: {Top3(h.Person)}");
        }

        markdown.AppendLine(Invariant, $"{name}, misses (top 3): ");
        foreach (var m in r.Misses)
        {
            markdown.AppendLine(Invariant, $"- {m}: {Top3(m)}");
        }

        markdown.AppendLine(Invariant, $"{name}, suggestions for people nobody can help (top 3):");
        foreach (var m in r.NobodySuggested)
        {
            markdown.AppendLine(Invariant, $"- {m}: {Top3(m)}");
        }

        markdown.AppendLine(Invariant, $"{name}, small-talk leaks: {string.Join("; ", r.Leaks.Select(l => $"{l.A}–{l.B} ({l.Word})"))}");
    }

    // How the minimum help score trades recall for precision, on the trust set and on the older labelled set.
    // --grid lists minimum help scores; --why prints each top-3 suggestion with its score and reasons.
    private static int Curve(IReadOnlyList<Profile> people, TrustLabels labels, string grid, string shares, bool why, List<(string Name, MatchingOptions Options)> variants)
    {
        var old = OlderLabelledSet.Load();
        var oldPeople = old.People;
        Console.WriteLine("| variant | min help score | min share of best | precision@3 | false hints | hit@3 | MRR | hit@3 ja↔en | nobody: silent | suggestions in top 3 | small talk hit@5 | small-talk leaks | old set hit@3 | old set MRR |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var settings = grid.Split(',').Select(p => double.Parse(p, Invariant)).SelectMany(m => shares.Split(',').Select(s => (m, double.Parse(s, Invariant))));
        foreach (var (variant, baseOptions, min, share) in variants.SelectMany(v => settings.Select(s => (v.Name, v.Options, s.m, s.Item2))))
        {
            var options = baseOptions with { MinHelpScore = min, MinShareOfBest = share };
            var index = CommunityIndex.Build(people, options: options);
            var starters = index.SuggestAll(5);
            var r = TrustEvaluation.Evaluate(people, labels, p => [.. index.RankHelpers(p, people.Count).Select(h => h.Person)], p => [.. starters[p].Starters.Select(m => m.Person)]);
            var oldIndex = CommunityIndex.Build(oldPeople, options: options);
            var o = old.Evaluate(p => [.. oldIndex.RankHelpers(p, oldPeople.Count).Select(h => h.Person)]);
            Console.WriteLine(string.Create(Invariant, $"| {variant} | {min:0.00} | {share:0.00} | {F(r.PrecisionAt3)} | {F(r.FalseHintRate)} | {F(r.HitAt3)} | {F(r.Mrr)} | {F(r.CrossHitAt3)} | {r.NobodyPeople - r.NobodySuggested.Count} of {r.NobodyPeople} | {r.Suggestions} | {F(r.SmallTalkHitAt5)} | {r.Leaks.Count} of {r.SmallTalkTrapPairs} | {F(o.HitAt3)} | {F(o.Mrr)} |"));
            if (why)
            {
                var oldByName = oldPeople.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i);
                foreach (var q in old.Queries)
                {
                    var p = oldByName[q.Person];
                    var top = oldIndex.RankHelpers(p, 3);
                    var hit = top.Any(h => q.Relevant.Contains(oldPeople[h.Person].Name));
                    Console.WriteLine(string.Create(Invariant, $"OLD {(hit ? "HIT " : "MISS")} {q.Person} (wants {string.Join(";", q.Relevant)}): {string.Join(" / ", top.Select(h => $"{oldPeople[h.Person].Name} {h.Score:0.000} [{string.Join(" | ", oldIndex.ExplainHelp(h.Person, p).Reasons)}]"))}{(hit ? "" : " — wanted: " + string.Join(" / ", q.Relevant.Select(n => $"{n} {oldIndex.Help(oldByName[n], p):0.000} [{string.Join(" | ", oldIndex.ExplainHelp(oldByName[n], p).Reasons)}]")))}"));
                }

                var byName = people.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i);
                foreach (var h in labels.Helpers)
                {
                    var p = byName[h.Person];
                    var ok = h.Helpers.Select(n => byName[n]).ToHashSet();
                    foreach (var (helper, score) in index.RankHelpers(p, 3))
                    {
                        var m = index.ExplainHelp(helper, p);
                        Console.WriteLine(string.Create(Invariant, $"WHY {(ok.Contains(helper) ? "OK " : h.Helpers.Count == 0 ? "NOB" : "BAD")} {score:0.000} {h.Person} ← {people[helper].Name}: {string.Join(" | ", m.Reasons)}"));
                    }
                }
            }

        }

        return 0;
    }

    // --variants lists option settings to compare, each "name:Setting=value;Setting=value" ("defaults" for none), separated by
    // spaces in one argument: BroadWeight, MinSpecificScore, SmallTalkNeedsSpecific, Confidence=none (the rules and the share
    // of the best alone, without the shipped model).
    private static List<(string Name, MatchingOptions Options)> Variants(string[] args)
    {
        var result = new List<(string, MatchingOptions)>();
        foreach (var spec in SuggestComparison.Option(args, "--variants", "defaults").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = spec.Split(':', 2);
            var options = MatchingOptions.Default;
            foreach (var setting in parts.Length > 1 ? parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                var (name, value) = (setting.Split('=')[0], setting.Split('=')[1]);
                options = name switch
                {
                    nameof(MatchingOptions.BroadWeight) => options with { BroadWeight = float.Parse(value, Invariant) },
                    nameof(MatchingOptions.MinSpecificScore) => options with { MinSpecificScore = double.Parse(value, Invariant) },
                    nameof(MatchingOptions.SmallTalkNeedsSpecific) => options with { SmallTalkNeedsSpecific = bool.Parse(value) },
                    nameof(MatchingOptions.Confidence) when value == "none" => options with { Confidence = null },
                    _ => throw new ArgumentException($"Unknown setting {name}."),
                };
            }

            result.Add((parts[0], options));
        }

        return result;
    }

    private static string F(double value) => value.ToString("0.000", Invariant);
}
