using Goen.Core.Profiles;

namespace Goen.Core.Matching;

/// <summary>
/// Measures whether a ranker's suggestions can be trusted on a trust set (labels in <see cref="TrustLabels"/>):
/// precision@3, the false-hint rate, hit@3 and MRR, whether it stays silent for people nobody can help, and
/// small-talk hit@5 and leak rate.
/// </summary>
/// <remarks>
/// <para>
/// Used by the tests (a floor under today's quality) and by <c>scripts/bench.sh trust</c> (Goen next to a
/// BM25 baseline), so both measure the same way. A ranker returns, for a person's index, the people it would
/// suggest, best first, without the person asked about, and only those with a score above zero: an empty list
/// is the ranker saying "nobody".
/// </para>
/// <para>
/// Precision is counted over suggestions, not people: everyone's first three suggestions are pooled, so a
/// person nobody can help adds wrong suggestions, and a person with no suggestion adds nothing.
/// </para>
/// </remarks>
public static class TrustEvaluation
{
    /// <summary>Scores a ranker of helpers and a ranker of small-talk partners on a trust set.</summary>
    /// <param name="people">The community the names refer to.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="rankHelpers">For a person's index, the indexes of the people suggested as help, best first.</param>
    /// <param name="rankPartners">For a person's index, the indexes of the people suggested for small talk, best first.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentException">A name in the labels is not in <paramref name="people"/>.</exception>
    public static TrustResult Evaluate(IReadOnlyList<Profile> people, TrustLabels labels, Func<int, IReadOnlyList<int>> rankHelpers, Func<int, IReadOnlyList<int>> rankPartners)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(rankHelpers);
        ArgumentNullException.ThrowIfNull(rankPartners);
        var indexOf = LabelledNames.IndexIn(people, nameof(labels));

        var traps = labels.Traps.ToLookup(t => indexOf(t.Person));
        int suggestions = 0, acceptable = 0, misled = 0, hits = 0, crossQueries = 0, crossHits = 0, nobody = 0, silent = 0;
        var reciprocal = 0.0;
        var falseHints = new List<TrapLabel>();
        var misses = new List<string>();
        var nobodySuggested = new List<string>();
        foreach (var label in labels.Helpers)
        {
            var person = indexOf(label.Person);
            var helpers = label.Helpers.Select(indexOf).ToHashSet();
            var ranking = rankHelpers(person);
            var top = ranking.Take(3).ToList();
            suggestions += top.Count;
            acceptable += top.Count(helpers.Contains);
            var found = traps[person].Where(t => top.Contains(indexOf(t.Trap))).ToList();
            falseHints.AddRange(found);
            misled += found.Count > 0 ? 1 : 0;
            if (helpers.Count == 0)
            {
                nobody++;
                silent += ranking.Count == 0 ? 1 : 0;
                if (ranking.Count > 0)
                {
                    nobodySuggested.Add(label.Person);
                }

                continue;
            }

            var rank = FirstRank(ranking, helpers);
            var hit = rank is > 0 and <= 3;
            hits += hit ? 1 : 0;
            reciprocal += rank > 0 ? 1.0 / rank : 0;
            crossQueries += label.CrossesLanguage ? 1 : 0;
            crossHits += label.CrossesLanguage && hit ? 1 : 0;
            if (!hit)
            {
                misses.Add(label.Person);
            }
        }

        var partnersTop5 = new Dictionary<int, HashSet<int>>();
        HashSet<int> Partners(int person)
        {
            if (!partnersTop5.TryGetValue(person, out var set))
            {
                set = [.. rankPartners(person).Take(5)];
                partnersTop5[person] = set;
            }

            return set;
        }

        var talkHits = 0;
        foreach (var label in labels.SmallTalk)
        {
            var partners = label.Partners.Select(indexOf).ToHashSet();
            talkHits += Partners(indexOf(label.Person)).Overlaps(partners) ? 1 : 0;
        }

        var leaks = labels.SmallTalkTraps.Where(t => Partners(indexOf(t.A)).Contains(indexOf(t.B)) || Partners(indexOf(t.B)).Contains(indexOf(t.A))).ToList();
        var helpQueries = labels.Helpers.Count - nobody;
        return new TrustResult(
            labels.Helpers.Count,
            suggestions,
            Share(acceptable, suggestions),
            Share(misled, labels.Helpers.Count),
            falseHints,
            helpQueries,
            Share(hits, helpQueries),
            helpQueries == 0 ? 0 : reciprocal / helpQueries,
            crossQueries,
            Share(crossHits, crossQueries),
            misses,
            nobody,
            Share(silent, nobody),
            nobodySuggested,
            labels.SmallTalk.Count,
            Share(talkHits, labels.SmallTalk.Count),
            labels.SmallTalkTraps.Count,
            Share(leaks.Count, labels.SmallTalkTraps.Count),
            leaks);
    }

    private static int FirstRank(IReadOnlyList<int> ranking, HashSet<int> relevant)
    {
        for (var r = 0; r < ranking.Count; r++)
        {
            if (relevant.Contains(ranking[r]))
            {
                return r + 1;
            }
        }

        return 0;
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
