using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// Turns the engine's small-talk reasons ("their words ↔ mine", or the words both wrote) into topics a person reads:
/// each topic once, the words that matched one another in one topic, the other person's words first —
/// "hiking (登山)" instead of "hiking ↔ 登山 · 登山".
/// </summary>
/// <remarks>
/// Words are compared folded (<see cref="TextNormalizer.FoldKey"/>: NFKC, width, case, kana), so ＷＩＮＥ and wine are
/// one word. The engine's reasons themselves (the CLI's JSON) are left as they are.
/// </remarks>
public static class TalkTopics
{
    /// <summary>The topics of one pair's reasons: those that gather more of its reasons first, the others in the engine's order.</summary>
    /// <param name="reasons">The reasons of <see cref="CommunityIndex.ExplainTalk"/>.</param>
    /// <returns>One entry per topic.</returns>
    public static IReadOnlyList<string> Of(IEnumerable<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        return Merge(reasons.Select(r => (r, 1.0)), int.MaxValue);
    }

    /// <summary>The topics of many pairs (a table): reasons that share a word become one topic, weighted by the pairs that hold it.</summary>
    /// <param name="reasons">Each reason with the weight of the pair it comes from.</param>
    /// <param name="max">How many topics to keep.</param>
    /// <returns>The topics, the heaviest first (ties in the order first seen); in each, its words, the heaviest first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    public static IReadOnlyList<string> Merge(IEnumerable<(string Reason, double Weight)> reasons, int max)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var words = new List<(string Shown, double Weight)>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        var parent = new List<int>();
        var order = new List<int>();

        int Word(string shown)
        {
            var key = TextNormalizer.FoldKey(shown);
            if (!at.TryGetValue(key, out var i))
            {
                i = words.Count;
                at[key] = i;
                words.Add((shown.Trim(), 0));
                parent.Add(i);
            }

            return i;
        }

        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var groupWeight = new Dictionary<int, double>();
        var reasonRoots = new List<(int Giver, double Weight)>();
        foreach (var (reason, weight) in reasons)
        {
            var (giver, wanted) = Match.Sides(reason);
            var g = Word(giver);
            var w = Word(wanted);
            words[g] = (words[g].Shown, words[g].Weight + weight);
            if (w != g)
            {
                words[w] = (words[w].Shown, words[w].Weight + weight);
                var (rg, rw) = (Root(g), Root(w));
                if (rg != rw)
                {
                    parent[Math.Max(rg, rw)] = Math.Min(rg, rw);
                }
            }

            reasonRoots.Add((g, weight));
        }

        foreach (var (giver, weight) in reasonRoots)
        {
            var root = Root(giver);
            if (!groupWeight.ContainsKey(root))
            {
                order.Add(root);
            }

            groupWeight[root] = groupWeight.GetValueOrDefault(root) + weight;
        }

        return [.. order
            .Select((root, seen) => (Root: root, Seen: seen))
            .OrderByDescending(g => groupWeight[g.Root]).ThenBy(g => g.Seen)
            .Take(max)
            .Select(g => Shown(Enumerable.Range(0, words.Count).Where(i => Root(i) == g.Root)
                .OrderByDescending(i => words[i].Weight).ThenBy(i => i)
                .Select(i => words[i].Shown).ToList()))];
    }

    private static string Shown(List<string> words) => words.Count == 1 ? words[0] : $"{words[0]} ({string.Join(", ", words.Skip(1))})";
}
