namespace Goen.Core.Text;

/// <summary>Measures a pitch detector on the labelled set, and the naive baseline it is compared with.</summary>
/// <remarks>Shared by the evaluation test and <c>scripts/bench.sh pitch</c>, so both count the same way.</remarks>
public static class PitchHintEvaluation
{
    // The issue's own examples; "DM me for a discount" is taken as its two parts, since the whole sentence
    // would almost never appear verbatim.
    private static readonly string[] IssueExamples = ["今なら", "格安", "ご購入", "売上アップ保証", "limited offer", "buy now", "dm me", "discount"];

    /// <summary>Reads the tab-separated set: a header line, then id, label (pitch|give), language, kind, text.</summary>
    /// <param name="tsv">The file's text.</param>
    /// <returns>The samples in file order.</returns>
    /// <exception cref="FormatException">A line lacks a column or has a label other than pitch or give.</exception>
    public static IReadOnlyList<PitchHintSample> Read(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var samples = new List<PitchHintSample>();
        foreach (var line in tsv.ReplaceLineEndings("\n").Split('\n').Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 5 || columns[1] is not ("pitch" or "give"))
            {
                throw new FormatException($"Not a pitch-set line: {line}");
            }

            samples.Add(new PitchHintSample(columns[0], columns[1] == "pitch", columns[2], columns[3], columns[4]));
        }

        return samples;
    }

    /// <summary>Runs a detector over samples and counts its hits and false fires.</summary>
    /// <param name="samples">Labelled texts.</param>
    /// <param name="fires">The detector: whether it fires on a text.</param>
    /// <returns>The counts.</returns>
    public static PitchHintScore Measure(IEnumerable<PitchHintSample> samples, Func<string, bool> fires)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(fires);
        int pitches = 0, give = 0, hits = 0, falseFires = 0;
        foreach (var sample in samples)
        {
            var fired = fires(sample.Text);
            if (sample.IsPitch)
            {
                pitches++;
                hits += fired ? 1 : 0;
            }
            else
            {
                give++;
                falseFires += fired ? 1 : 0;
            }
        }

        return new PitchHintScore(pitches, give, hits, falseFires);
    }

    /// <summary>The naive baseline: fires when any of the issue's example phrases appears, width and case folded.</summary>
    /// <param name="text">A text.</param>
    /// <returns><see langword="true"/> when one of 今なら, 格安, ご購入, 売上アップ保証, "limited offer", "buy now", "dm me" or "discount" appears.</returns>
    public static bool NaiveBaseline(string text)
    {
        var folded = TextNormalizer.Normalize(text).Value;
        return IssueExamples.Any(e => folded.Contains(e, StringComparison.Ordinal));
    }
}
