using System.Globalization;
using System.Text;

namespace Goen.Core.Matching;

/// <summary>
/// How sure Goen is that a candidate helper can really help: a logistic regression over a few explainable features
/// of the match (<see cref="FeatureNames"/>), and the probability below which a suggestion is not shown.
/// </summary>
/// <remarks>
/// <para>The cosine score alone cannot tell a right helper from a near miss: their scores overlap. The model weighs
/// the score with what else is known about the match (how far below the best helper it is, where it stands among the
/// person's candidates and how far above the next, how much of it rests on the offer's own words rather than related
/// terms, how much of each side it covers), and <see cref="Threshold"/> is the absolute floor that lets a person nobody
/// can help get nothing. The default model (<c>data/goen-help-confidence.tsv</c>, embedded) is trained on the trust set
/// with <c>scripts/bench.sh trust --train --write</c>; see docs/decisions/0015-learned-reranker.md.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class HelpConfidence
{
    private static readonly Lazy<HelpConfidence> LazyDefault = new(LoadDefault);

    /// <summary>Initializes a model.</summary>
    /// <param name="bias">The intercept.</param>
    /// <param name="weights">One weight per feature, in the order of <see cref="FeatureNames"/>.</param>
    /// <param name="threshold">The lowest probability at which a suggestion is shown.</param>
    /// <param name="shareOfMostProbable">The share of the person's most probable shown candidate's probability another must
    /// reach to be shown too (0: none; see <see cref="ShareOfMostProbable"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="weights"/> does not have one weight per feature.</exception>
    public HelpConfidence(double bias, IReadOnlyList<double> weights, double threshold, double shareOfMostProbable = 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != FeatureNames.Count)
        {
            throw new ArgumentException($"Expected {FeatureNames.Count} weights, got {weights.Count}.", nameof(weights));
        }

        Bias = bias;
        Weights = [.. weights];
        Threshold = threshold;
        ShareOfMostProbable = shareOfMostProbable;
    }

    /// <summary>Gets the names of the features, in the order <see cref="Probability"/> takes them.</summary>
    /// <remarks>
    /// <c>score</c>: help(from→to); <c>share_of_best</c>: the score over the best candidate's; <c>gap_to_second</c>: how far
    /// the person's best candidate stands above the second, as a share of the best (the same for every candidate of a
    /// person); <c>specific_share</c>: the part of the score resting on more than broad words naming a setting;
    /// <c>own_words_share</c>: the part resting on what the offer's words stand for, not on related terms;
    /// <c>concept_share</c>: the part resting on concepts of the vocabulary, not on unknown words or character pairs;
    /// <c>strongest_share</c>: the part resting on the single strongest feature; <c>need_coverage</c> and
    /// <c>offer_coverage</c>: the share of each side's weight that matched; <c>matched_features</c>: log(1 + distinct
    /// features matched); <c>need_length</c> and <c>offer_length</c>: log(1 + features in the need, the offer);
    /// <c>offer_rules_out</c>: 1 when the offer says what it does not do; <c>rank</c>: the candidate's place among the
    /// person's candidates (0 for the best; candidates with equal scores share a place); <c>gap_to_next</c>: how far the
    /// candidate stands above the next candidate with a lower score (the whole score when there is none), as a share of the
    /// best; <c>offer_lead_share</c>: the part of the score resting on the offer's first clause (its main service, not a side
    /// mention); <c>need_lead_covered</c>: the share of the need's first clause matched by specific features;
    /// <c>role_met</c>: 1 when the need names a role (rent, repair, teach…) the offer names too; <c>role_silent</c>: 1 when
    /// the need names a role and the offer names none (<see cref="RoleFacets"/>). The shipped model weighs only some of them
    /// (<see cref="ConfidenceTraining.Features"/>); the others are held at weight 0. Whether the two list a language in common is left out on purpose: on the older labelled set
    /// the languages field says what a profile is written in, and a model weighing it lost a third of that set's right
    /// helpers (docs/decisions/0015-learned-reranker.md).
    /// </remarks>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "score", "share_of_best", "gap_to_second", "specific_share", "own_words_share", "concept_share",
        "strongest_share", "need_coverage", "offer_coverage", "matched_features", "need_length", "offer_rules_out", "offer_length",
        "rank", "gap_to_next", "offer_lead_share", "need_lead_covered", "role_met", "role_silent",
    ];

    /// <summary>Gets the model shipped with Goen (<c>data/goen-help-confidence.tsv</c>).</summary>
    public static HelpConfidence Default => LazyDefault.Value;

    /// <summary>Gets the intercept.</summary>
    public double Bias { get; }

    /// <summary>Gets the weights, in the order of <see cref="FeatureNames"/>.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Gets the lowest probability at which a suggestion is shown.</summary>
    public double Threshold { get; }

    /// <summary>Gets the share of the most probable candidate's probability (among a person's candidates at or above
    /// <see cref="Threshold"/>) another candidate must reach to be shown beside it: how many to show, per person.</summary>
    /// <remarks>Most people have one right helper; a second candidate far less probable than the first is more often an
    /// extra than a second right answer, whatever its own probability. A candidate that meets another part of the need than
    /// the best one is not an alternative to it and is not held to this share. 0 shows every candidate at or above the
    /// threshold.</remarks>
    public double ShareOfMostProbable { get; }

    /// <summary>Gets whether a candidate is shown: its probability reaches <see cref="Threshold"/> and, unless it meets another
    /// part of the need than the best candidate, <see cref="ShareOfMostProbable"/> of <paramref name="mostProbable"/>.</summary>
    /// <param name="probability">The candidate's probability.</param>
    /// <param name="mostProbable">The highest probability at or above the threshold among the person's candidates (those the
    /// share-of-best cut keeps).</param>
    /// <param name="otherPart">Whether the candidate meets another part of the need (<see cref="HelpCandidate.OtherPart"/>).</param>
    /// <returns>Whether it is shown.</returns>
    public bool Shows(double probability, double mostProbable, bool otherPart = false) =>
        Shows(probability, mostProbable, otherPart, Threshold, ShareOfMostProbable);

    /// <summary>Gets whether a candidate is shown at a given threshold and share of the most probable candidate's probability
    /// (the rule of <see cref="Shows(double, double, bool)"/>, for training to try other values).</summary>
    /// <param name="probability">The candidate's probability.</param>
    /// <param name="mostProbable">The highest probability at or above the threshold among the person's candidates.</param>
    /// <param name="otherPart">Whether the candidate meets another part of the need.</param>
    /// <param name="threshold">The probability a candidate must reach.</param>
    /// <param name="shareOfMostProbable">The share of <paramref name="mostProbable"/> it must reach unless it meets another part.</param>
    /// <returns>Whether it is shown.</returns>
    public static bool Shows(double probability, double mostProbable, bool otherPart, double threshold, double shareOfMostProbable) =>
        probability >= threshold && (otherPart || probability >= shareOfMostProbable * mostProbable);

    /// <summary>Gets the probability that a candidate with these features is an acceptable helper.</summary>
    /// <param name="features">The features, in the order of <see cref="FeatureNames"/>.</param>
    /// <returns>A probability in (0, 1).</returns>
    public double Probability(ReadOnlySpan<double> features)
    {
        var z = Bias;
        for (var k = 0; k < Weights.Count; k++)
        {
            z += Weights[k] * features[k];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Fits a model by full-batch gradient descent with an L2 penalty on standardized features; deterministic.</summary>
    /// <param name="features">One row per candidate, in the order of <see cref="FeatureNames"/>.</param>
    /// <param name="labels">Whether each candidate is an acceptable helper.</param>
    /// <param name="threshold">The threshold the model carries.</param>
    /// <param name="l2">The penalty on the standardized weights (not the intercept).</param>
    /// <param name="iterations">Gradient steps.</param>
    /// <returns>The model, with weights on the features as they are (the standardization folded in).</returns>
    /// <exception cref="ArgumentException">The two lists differ in length or are empty.</exception>
    public static HelpConfidence Train(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, double threshold, double l2 = 1.0, int iterations = 3000)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.Count != labels.Count || features.Count == 0)
        {
            throw new ArgumentException("One label per row, and at least one row.", nameof(labels));
        }

        var n = features.Count;
        var d = FeatureNames.Count;
        var mean = new double[d];
        var scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            mean[j] = features.Average(x => x[j]);
            var variance = features.Average(x => (x[j] - mean[j]) * (x[j] - mean[j]));
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        var x = features.Select(row => Enumerable.Range(0, d).Select(j => (row[j] - mean[j]) / scale[j]).ToArray()).ToArray();
        var w = new double[d];
        var b = 0.0;
        var gradient = new double[d];
        const double Rate = 0.5;
        for (var step = 0; step < iterations; step++)
        {
            Array.Clear(gradient);
            var gb = 0.0;
            for (var i = 0; i < n; i++)
            {
                var z = b;
                for (var j = 0; j < d; j++)
                {
                    z += w[j] * x[i][j];
                }

                var error = (1 / (1 + Math.Exp(-z))) - (labels[i] ? 1 : 0);
                gb += error;
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += error * x[i][j];
                }
            }

            b -= Rate * gb / n;
            for (var j = 0; j < d; j++)
            {
                w[j] -= Rate * ((gradient[j] + (l2 * w[j])) / n);
            }
        }

        var weights = new double[d];
        var bias = b;
        for (var j = 0; j < d; j++)
        {
            weights[j] = w[j] / scale[j];
            bias -= w[j] * mean[j] / scale[j];
        }

        return new HelpConfidence(bias, weights, threshold);
    }

    /// <summary>Reads a model: tab-separated <c>name, value</c> lines for <c>threshold</c>, <c>bias</c> and every feature, and
    /// optionally <c>share_of_most_probable</c> (0 when absent); lines starting with <c>#</c> are comments.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="FormatException">A line is not <c>name, number</c>, or a feature is missing or unknown.</exception>
    public static HelpConfidence Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"Expected 'name<TAB>number': {line}");
            }

            values[cells[0]] = value;
        }

        double Get(string name) => values.TryGetValue(name, out var v) ? v : throw new FormatException($"Missing '{name}'.");
        var unknown = values.Keys.Except(["threshold", "bias", "share_of_most_probable", .. FeatureNames]).FirstOrDefault();
        return unknown is null
            ? new HelpConfidence(Get("bias"), [.. FeatureNames.Select(Get)], Get("threshold"), values.GetValueOrDefault("share_of_most_probable"))
            : throw new FormatException($"Unknown feature '{unknown}'.");
    }

    /// <summary>Writes the model in the form <see cref="Parse"/> reads, after the given comment lines.</summary>
    /// <param name="comments">Lines written first, each after <c># </c>.</param>
    /// <returns>The text.</returns>
    public string Format(IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var text = new StringBuilder();
        foreach (var line in comments)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"threshold\t{Threshold:R}\n")
            .Append(CultureInfo.InvariantCulture, $"share_of_most_probable\t{ShareOfMostProbable:R}\n")
            .Append(CultureInfo.InvariantCulture, $"bias\t{Bias:R}\n");
        for (var k = 0; k < FeatureNames.Count; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{FeatureNames[k]}\t{Weights[k]:R}\n");
        }

        return text.ToString();
    }

    private static HelpConfidence LoadDefault()
    {
        using var stream = typeof(HelpConfidence).Assembly.GetManifestResourceStream("Goen.Core.goen-help-confidence.tsv")
            ?? throw new InvalidOperationException("Missing embedded resource Goen.Core.goen-help-confidence.tsv.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
