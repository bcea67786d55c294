using Goen.Core.Profiles;

namespace Goen.Core.Matching;

/// <summary>
/// Trains and cross-validates <see cref="HelpConfidence"/> on a labelled set: every labelled person's candidates
/// (<see cref="CommunityIndex.HelpCandidates"/>), labelled acceptable or not.
/// </summary>
/// <remarks>
/// Cross-validation is grouped by the person who needs help: all of one person's candidates fall in the same fold, so
/// no prediction is made by a model that saw the same need. Folds are drawn with a fixed seed, so results repeat.
/// Used by <c>scripts/bench.sh trust --train</c> (which writes <c>data/goen-help-confidence.tsv</c>) and by the tests.
/// </remarks>
public static class ConfidenceTraining
{
    /// <summary>The number of folds the shipped model's threshold was chosen with.</summary>
    public const int Folds = 5;

    /// <summary>The seed of the shipped model's fold draw.</summary>
    public const int Seed = 12;

    /// <summary>The L2 penalty the shipped model was trained with.</summary>
    public const double L2 = 1.0;

    /// <summary>Gets the features the shipped model weighs, of <see cref="HelpConfidence.FeatureNames"/>; the others are held at 0.</summary>
    /// <remarks>
    /// Chosen out of fold on the trust set (docs/benchmarks.md, "Suggestions people can trust — the cut-off"): the score, its
    /// share of the best, what it rests on (the offer's own words, vocabulary concepts), how much of each side it covers, the
    /// offer's length, where the candidate stands among the person's candidates (its rank, its gap to the next), and whether
    /// the need names a role the offer is silent about (docs/benchmarks.md, "the cut-off, part 2"). The other features gave
    /// no out-of-fold gain; fewer features fit a set of 105 people less closely.
    /// </remarks>
    public static IReadOnlyList<string> Features { get; } =
        ["score", "share_of_best", "own_words_share", "concept_share", "need_coverage", "offer_coverage", "offer_length", "rank", "gap_to_next", "role_silent"];

    /// <summary>Gets, for each labelled person, the people who can help them, by index.</summary>
    /// <param name="people">The community the names refer to.</param>
    /// <param name="labelled">Each labelled person's name and the names of everyone acceptable as help.</param>
    /// <returns>By person index; people not labelled are absent.</returns>
    /// <exception cref="ArgumentException">A name is not in <paramref name="people"/>.</exception>
    public static Dictionary<int, HashSet<int>> Acceptable(IReadOnlyList<Profile> people, IEnumerable<(string Person, IReadOnlyList<string> Helpers)> labelled)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(labelled);
        var indexOf = LabelledNames.IndexIn(people, nameof(labelled));
        return labelled.ToDictionary(l => indexOf(l.Person), l => l.Helpers.Select(indexOf).ToHashSet());
    }

    /// <summary>Gets every person's candidates from an index built without a confidence model, with only some features kept.</summary>
    /// <param name="index">The index.</param>
    /// <param name="features">The features kept; the others are held at 0, so a model fitted on them gives them weight 0.
    /// <see langword="null"/> for the shipped model's (<see cref="Features"/>).</param>
    /// <returns>By person index.</returns>
    /// <exception cref="ArgumentException">A name is not one of <see cref="HelpConfidence.FeatureNames"/>.</exception>
    public static IReadOnlyList<HelpCandidate>[] Candidates(CommunityIndex index, IReadOnlyCollection<string>? features = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        features ??= Features;
        var unknown = features.Except(HelpConfidence.FeatureNames).FirstOrDefault();
        if (unknown is not null)
        {
            throw new ArgumentException($"Unknown feature '{unknown}'.", nameof(features));
        }

        var kept = HelpConfidence.FeatureNames.Select(features.Contains).ToArray();
        return [.. Enumerable.Range(0, index.Count).Select(person => (IReadOnlyList<HelpCandidate>)[.. index.HelpCandidates(person).Select(c => c with { Features = [.. c.Features.Select((f, k) => kept[k] ? f : 0)] })])];
    }

    /// <summary>Fits one model on every labelled person's candidates.</summary>
    /// <param name="candidates">Every person's candidates.</param>
    /// <param name="acceptable">The labels: who can help each labelled person.</param>
    /// <param name="threshold">The threshold the model carries.</param>
    /// <param name="l2">The penalty on the standardized weights.</param>
    /// <returns>The model.</returns>
    public static HelpConfidence Train(IReadOnlyList<IReadOnlyList<HelpCandidate>> candidates, IReadOnlyDictionary<int, HashSet<int>> acceptable, double threshold, double l2) =>
        Fit(candidates, acceptable, acceptable.Keys, threshold, l2);

    /// <summary>Gets out-of-fold probabilities: each labelled person's candidates judged by a model trained on the other folds.</summary>
    /// <param name="candidates">Every person's candidates.</param>
    /// <param name="acceptable">The labels: who can help each labelled person.</param>
    /// <param name="folds">The number of folds (at least 2).</param>
    /// <param name="seed">The seed of the fold draw.</param>
    /// <param name="l2">The penalty on the standardized weights.</param>
    /// <returns>For each labelled person, one probability per candidate, in candidate order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="folds"/> is less than 2.</exception>
    public static Dictionary<int, double[]> OutOfFold(IReadOnlyList<IReadOnlyList<HelpCandidate>> candidates, IReadOnlyDictionary<int, HashSet<int>> acceptable, int folds, int seed, double l2)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(acceptable);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var order = acceptable.Keys.Order().ToArray();
        new Random(seed).Shuffle(order);
        var result = new Dictionary<int, double[]>();
        for (var fold = 0; fold < folds; fold++)
        {
            var held = order.Where((_, i) => i % folds == fold).ToArray();
            var model = Fit(candidates, acceptable, order.Where((_, i) => i % folds != fold), 0, l2);
            foreach (var person in held)
            {
                result[person] = [.. candidates[person].Select(c => model.Probability([.. c.Features]))];
            }
        }

        return result;
    }

    /// <summary>Gets the ranking a set of probabilities gives: candidates at or above the threshold, by probability or by score.</summary>
    /// <param name="candidates">Every person's candidates.</param>
    /// <param name="probabilities">One probability per candidate of each person ranked.</param>
    /// <param name="threshold">The lowest probability shown.</param>
    /// <param name="byProbability">Whether to order by probability (ties by score) rather than by score.</param>
    /// <param name="minShareOfBest">The share of the best candidate's score a candidate must reach first (<see cref="MatchingOptions.MinShareOfBest"/>).</param>
    /// <param name="minShareOfMostProbable">The share of the most probable candidate's probability a candidate must reach, unless it
    /// meets another part of the need (<see cref="HelpConfidence.ShareOfMostProbable"/>).</param>
    /// <returns>For a person's index, the people shown, best first; nobody for a person without probabilities.</returns>
    public static Func<int, IReadOnlyList<int>> Ranking(IReadOnlyList<IReadOnlyList<HelpCandidate>> candidates, IReadOnlyDictionary<int, double[]> probabilities, double threshold, bool byProbability, double minShareOfBest, double minShareOfMostProbable = 0)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(probabilities);
        return person =>
        {
            if (!probabilities.TryGetValue(person, out var p))
            {
                return [];
            }

            var floor = p.Length == 0 ? 0 : minShareOfBest * candidates[person][0].Score;
            var eligible = Enumerable.Range(0, p.Length).Where(k => p[k] >= threshold && candidates[person][k].Score >= floor).ToList();
            var top = eligible.Count == 0 ? 0 : eligible.Max(k => p[k]);
            var shown = eligible.Where(k => HelpConfidence.Shows(p[k], top, candidates[person][k].OtherPart, threshold, minShareOfMostProbable));
            return [.. (byProbability ? shown.OrderByDescending(k => p[k]) : shown).Select(k => candidates[person][k].Person)];
        };
    }

    private static HelpConfidence Fit(IReadOnlyList<IReadOnlyList<HelpCandidate>> candidates, IReadOnlyDictionary<int, HashSet<int>> acceptable, IEnumerable<int> people, double threshold, double l2)
    {
        var x = new List<double[]>();
        var y = new List<bool>();
        foreach (var person in people)
        {
            foreach (var c in candidates[person])
            {
                x.Add([.. c.Features]);
                y.Add(acceptable[person].Contains(c.Person));
            }
        }

        return HelpConfidence.Train(x, y, threshold, l2);
    }
}
