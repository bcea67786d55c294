using System.Diagnostics;
using System.Globalization;

namespace Goen.Core.Tests.Profiles.Fuzz;

/// <summary>Runs generated malformed files through a check, each under a time guard, and sums up what happened.</summary>
/// <remarks>
/// Used by the fuzz tests of the suite (a couple of thousand files) and by scripts/fuzz-import.sh (a hundred thousand),
/// which set <c>GOEN_FUZZ_FILES</c>, <c>GOEN_FUZZ_WEB_FILES</c> and <c>GOEN_FUZZ_SEED</c>.
/// </remarks>
public sealed class FuzzRun
{
    /// <summary>The longest one file may take before it counts as a hang; far above any real answer, so never a timing assertion.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private readonly List<double> _milliseconds = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private (double Milliseconds, int Index, string Kind) _slowest;

    /// <summary>Gets the seed of the run: <c>GOEN_FUZZ_SEED</c>, or a fixed default so that CI runs the same files each time.</summary>
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("GOEN_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261130;

    /// <summary>Gets the failures, one line each, with the seed and file number that reproduce them.</summary>
    public List<string> Failures { get; } = [];

    /// <summary>Gets how many files of each kind were run.</summary>
    public SortedDictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets how the files that kept their promises ended (read, refused…), as the checks noted them.</summary>
    public SortedDictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the number of exceptions that escaped the import (crashes).</summary>
    public int Crashes { get; private set; }

    /// <summary>Gets the number of files that broke another promise, by what the check named before its first colon (server error, partial import…).</summary>
    public SortedDictionary<string, int> Broken { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the number of files not answered within <see cref="Guard"/>.</summary>
    public int Hangs { get; private set; }

    /// <summary>Reads a count from the environment.</summary>
    /// <param name="variable">The variable's name.</param>
    /// <param name="fallback">The count when it is not set.</param>
    /// <returns>The count.</returns>
    public static int Count(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>Counts one outcome of a file that kept its promises.</summary>
    /// <param name="outcome">A few words, such as "refused" or "read".</param>
    public void Note(string outcome)
    {
        lock (Outcomes)
        {
            Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
        }
    }

    /// <summary>Runs one file through <paramref name="check"/>, timing it; a thrown exception is a crash, a returned text a broken promise.</summary>
    /// <param name="index">The file's number, for the failure line.</param>
    /// <param name="kind">The file's kind.</param>
    /// <param name="check">The check; returns a broken promise or <see langword="null"/>.</param>
    /// <returns>A task that ends when the file is done or the guard has passed.</returns>
    public async Task RunAsync(int index, string kind, Func<Task<string?>> check)
    {
        Kinds[kind] = Kinds.GetValueOrDefault(kind) + 1;
        var started = Stopwatch.GetTimestamp();
        var work = Task.Run(check);
        var done = await Task.WhenAny(work, Task.Delay(Guard)).ConfigureAwait(false);
        var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _milliseconds.Add(milliseconds);
        if (milliseconds > _slowest.Milliseconds)
        {
            _slowest = (milliseconds, index, kind);
        }

        if (done != work)
        {
            Hangs++;
            Failures.Add($"seed {Seed} file {index} ({kind}): no answer after {Guard.TotalSeconds} s");
            return;
        }

        try
        {
            if (await work.ConfigureAwait(false) is { } broken)
            {
                var what = broken.Split(':')[0];
                Broken[what] = Broken.GetValueOrDefault(what) + 1;
                Failures.Add($"seed {Seed} file {index} ({kind}): {broken}");
            }
        }
        catch (Exception e)
        {
            Crashes++;
            Failures.Add($"seed {Seed} file {index} ({kind}): crash {e.GetType().Name}: {e.Message} {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
        }
    }

    /// <summary>Sums up the run: files, crashes, broken promises, hangs, max and p99 time per file, wall time, peak memory.</summary>
    /// <param name="title">What was run.</param>
    /// <returns>The summary, a few lines.</returns>
    public string Summary(string title)
    {
        var sorted = _milliseconds.Order().ToArray();
        var p99 = sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)];
        var max = sorted.Length == 0 ? 0 : sorted[^1];
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"""
            {title}: seed {Seed}, {sorted.Length:N0} files, {Crashes} crashes, {Hangs} hangs, {(Broken.Count == 0 ? "no broken promise" : string.Join(", ", Broken.Select(b => $"{b.Value} {b.Key}")))}
              per file: max {max:N0} ms (file {_slowest.Index}, {_slowest.Kind}), p99 {p99:N1} ms; wall {_wall.Elapsed.TotalSeconds:N1} s; peak working set {process.PeakWorkingSet64 / 1024 / 1024:N0} MiB
              outcomes: {string.Join(", ", Outcomes.Select(o => $"{o.Key} {o.Value}"))}
              kinds: {string.Join(", ", Kinds.Select(k => $"{k.Key} {k.Value}"))}
            {string.Join('\n', Failures.Take(20))}
            """);
    }
}
