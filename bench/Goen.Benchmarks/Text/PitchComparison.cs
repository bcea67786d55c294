using System.Diagnostics;
using System.Globalization;
using System.Text;
using Goen.Benchmarks.Matching;
using Goen.Core.Text;

namespace Goen.Benchmarks.Text;

/// <summary>
/// <c>scripts/bench.sh pitch [--repeat 2000]</c>: precision, recall, F1 and the give-first false-fire rate of the
/// pitch hint on the labelled set (<c>tests/Goen.Core.Tests/Text/PitchHint</c>), per language and for the
/// held-out part and the probe set apart, next to the naive baseline; then the time per text.
/// </summary>
/// <remarks>Prints Markdown, ready for docs/benchmarks.md.</remarks>
internal static class PitchComparison
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var folder = SuggestComparison.Option(args, "--set", Path.Combine(SuggestComparison.RepositoryRoot(), "tests", "Goen.Core.Tests", "Text", "PitchHint"));
        var repeat = int.Parse(SuggestComparison.Option(args, "--repeat", "2000"), Invariant);
        var set = PitchHintEvaluation.Read(File.ReadAllText(Path.Combine(folder, "pitch-set.tsv")));
        var probe = PitchHintEvaluation.Read(File.ReadAllText(Path.Combine(folder, "probe-set.tsv")));

        var first = Stopwatch.StartNew();
        PitchHint.Check(set[0].Text);
        first.Stop();

        var markdown = new StringBuilder();
        markdown.AppendLine(Invariant, $"Command: `scripts/bench.sh pitch {string.Join(' ', args)}` — {DateTime.UtcNow:yyyy-MM-dd}, .NET {Environment.Version}");
        markdown.AppendLine();
        markdown.AppendLine("| part | language | texts (pitch/give) | detector | precision | recall | F1 | give-first fires |");
        markdown.AppendLine("|---|---|---|---|---|---|---|---|");
        (string Name, IEnumerable<PitchHintSample> Samples)[] parts =
        [
            ("whole set", set),
            ("tuning part", set.Where(s => !s.IsHeldOut)),
            ("held out", set.Where(s => s.IsHeldOut)),
            ("probe set", probe),
        ];
        foreach (var (name, samples) in parts)
        {
            foreach (var language in new[] { "all", "ja", "en", "mixed" })
            {
                var subset = samples.Where(s => language == "all" || s.Language == language).ToList();
                Row(markdown, name, language, subset, "Goen", t => PitchHint.Check(t).Hint);
                Row(markdown, name, language, subset, "baseline", PitchHintEvaluation.NaiveBaseline);
            }
        }

        var texts = set.Concat(probe).Select(s => s.Text).ToArray();
        var chars = texts.Sum(t => t.Length);
        var profiles = set.Concat(probe).Where(s => s.Kind == "profile").Select(s => s.Text).ToArray();
        markdown.AppendLine();
        markdown.AppendLine(Invariant, $"First call (builds the cue pattern): {first.Elapsed.TotalMilliseconds:F1} ms.");
        markdown.AppendLine(Invariant, $"Per text, mean of {repeat} passes over all {texts.Length} texts (mean {chars / (double)texts.Length:F0} characters): {PerText(texts, repeat):F2} µs; profiles only ({profiles.Length}): {PerText(profiles, repeat):F2} µs; baseline: {PerText(texts, repeat, PitchHintEvaluation.NaiveBaseline):F2} µs.");
        Console.WriteLine(markdown);
        return 0;
    }

    private static void Row(StringBuilder markdown, string part, string language, List<PitchHintSample> samples, string detector, Func<string, bool> fires)
    {
        var m = PitchHintEvaluation.Measure(samples, fires);
        markdown.AppendLine(Invariant, $"| {part} | {language} | {m.Pitches}/{m.GiveFirst} | {detector} | {m.Precision:F3} | {m.Recall:F3} | {m.F1:F3} | {m.FalseFires} of {m.GiveFirst} ({m.FalseFireRate:P1}) |");
    }

    private static double PerText(string[] texts, int repeat, Func<string, bool>? fires = null)
    {
        fires ??= t => PitchHint.Check(t).Hint;
        var count = 0;
        foreach (var t in texts)
        {
            count += fires(t) ? 1 : 0;
        }

        var watch = Stopwatch.StartNew();
        for (var r = 0; r < repeat; r++)
        {
            foreach (var t in texts)
            {
                count += fires(t) ? 1 : 0;
            }
        }

        watch.Stop();
        GC.KeepAlive(count);
        return watch.Elapsed.TotalMicroseconds / ((double)repeat * texts.Length);
    }
}
