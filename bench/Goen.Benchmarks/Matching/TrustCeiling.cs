using System.Globalization;
using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Benchmarks.Matching;

/// <summary>
/// <c>scripts/bench.sh trust --ceiling</c>: what a perfect cut-off could reach with today's ranking, and what a per-person
/// relative cut reaches, so that the team knows whether the goals are blocked by the ranking or by the cut-off.
/// </summary>
/// <remarks>
/// The ranking is the rules' (<see cref="CommunityIndex.HelpCandidates"/>: the first 10 helpers by score that pass the
/// rules, no confidence model, no share-of-best cut). The oracles look at the labels: they say what the best possible
/// cut-off over that ranking would show, not what a model can learn. The relative cut shows the first candidate when its
/// score reaches a floor, and a later one only when its score reaches a share of the first's (and of the one before it).
/// </remarks>
internal static class TrustCeiling
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(IReadOnlyList<Profile> people, TrustLabels labels, string[] args)
    {
        var rules = MatchingOptions.Default with { Confidence = null };
        var (index, partners, candidates, acceptable) = TrustTraining.RulesCandidates(people, labels, rules, null);
        var indexOf = LabelledNames.IndexIn(people, nameof(labels));
        var traps = labels.Traps.ToLookup(t => indexOf(t.Person), t => indexOf(t.Trap));

        var old = OlderLabelledSet.Load();
        var oldPeople = old.People;
        var oldIndex = CommunityIndex.Build(oldPeople, options: rules);
        var oldCandidates = ConfidenceTraining.Candidates(oldIndex);

        Console.WriteLine($"Command: scripts/bench.sh trust {string.Join(' ', args)} — the rules' candidates (first {rules.HelpCandidates} by score), {candidates.Sum(c => c.Count)} candidates for {acceptable.Count} people");
        Console.WriteLine();

        // How many acceptable helpers each need has (helpers.tsv), and where the first one stands among the candidates.
        var withHelpers = acceptable.Where(a => a.Value.Count > 0).Select(a => a.Key).ToList();
        Console.WriteLine("| acceptable helpers per need | people |");
        Console.WriteLine("|---|---|");
        foreach (var g in acceptable.GroupBy(a => Math.Min(a.Value.Count, 4)).OrderBy(g => g.Key))
        {
            Console.WriteLine(string.Create(Invariant, $"| {(g.Key == 4 ? "4 or more" : g.Key.ToString(Invariant))} | {g.Count()} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| first acceptable helper among the candidates | people (of those with helpers) |");
        Console.WriteLine("|---|---|");
        var firstRank = withHelpers.Select(p => candidates[p].Select((c, k) => (c, k)).Where(x => acceptable[p].Contains(x.c.Person)).Select(x => x.k + 1).DefaultIfEmpty(0).First()).ToList();
        foreach (var g in firstRank.GroupBy(r => r == 0 ? 99 : Math.Min(r, 4)).OrderBy(g => g.Key))
        {
            Console.WriteLine(string.Create(Invariant, $"| {(g.Key == 99 ? "not among them" : g.Key == 4 ? "4th to 10th" : g.Key.ToString(Invariant))} | {g.Count()} |"));
        }

        if (args.Contains("--lost"))
        {
            Lost(people, index, candidates, acceptable, withHelpers, firstRank);
        }

        Console.WriteLine();
        Console.WriteLine("| rank | candidates at this rank | acceptable | traps | precision at this rank |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var rank = 0; rank < 4; rank++)
        {
            var at = acceptable.Keys.Where(p => candidates[p].Count > rank).ToList();
            var ok = at.Count(p => acceptable[p].Contains(candidates[p][rank].Person));
            var trapped = at.Count(p => traps[p].Contains(candidates[p][rank].Person));
            Console.WriteLine(string.Create(Invariant, $"| {rank + 1} | {at.Count} | {ok} | {trapped} | {F(at.Count == 0 ? 0 : (double)ok / at.Count)} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| cut-off over the rules' ranking | precision@3 | false hints | hit@3 | MRR | nobody: silent | suggestions in top 3 | old hit@3 | old MRR |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Func<int, IReadOnlyList<int>> product = p => [.. index.RankHelpers(p, people.Count).Select(h => h.Person)];
        Row("the rules today (share of best 0.4, no model)", product, p => [.. oldIndex.RankHelpers(p, oldPeople.Count).Select(h => h.Person)]);
        Row("the first 3 candidates, no cut", p => Top(candidates[p], 3), p => Top(oldCandidates[p], 3));
        Row("oracle: the acceptable ones among the first 3", p => [.. Top(candidates[p], 3).Where(Acceptable(p))], null);
        Row("oracle: the longest all-acceptable prefix of the first 3", p => [.. Top(candidates[p], 3).TakeWhile(Acceptable(p))], null);
        Row("oracle: the first 3 up to the first acceptable one, or nobody", p => Top(candidates[p], 3) is var top && top.FindIndex(c => Acceptable(p)(c)) is var k and >= 0 ? top[..(k + 1)] : [], null);
        Row("oracle: the acceptable ones among all 10 candidates (a perfect re-ranking)", p => [.. candidates[p].Select(c => c.Person).Where(Acceptable(p))], null);

        Console.WriteLine();
        Console.WriteLine("Per-person relative cut: the first shown when its score ≥ floor; the k-th when its score ≥ share × the first's and ≥ step × the one before.");
        Console.WriteLine();
        Console.WriteLine("| floor | share | step | precision@3 | false hints | hit@3 | MRR | nobody: silent | suggestions in top 3 | old hit@3 | old MRR |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var floor in Grid(args, "--floors", "0.04,0.08,0.12,0.16,0.20"))
        {
            foreach (var share in Grid(args, "--rel", "0.4,0.5,0.6,0.7,0.8,0.9,1.01"))
            {
                foreach (var step in Grid(args, "--steps", "0"))
                {
                    var name = string.Create(Invariant, $"{floor} | {share} | {step}");
                    Row(name, p => Relative(candidates[p], floor, share, step), p => Relative(oldCandidates[p], floor, share, step));
                }
            }
        }

        return 0;

        Func<int, bool> Acceptable(int person) => c => acceptable[person].Contains(c);

        void Row(string name, Func<int, IReadOnlyList<int>> ranking, Func<int, IReadOnlyList<int>>? oldRanking)
        {
            var r = TrustEvaluation.Evaluate(people, labels, ranking, partners);
            var o = oldRanking is null ? null : old.Evaluate(oldRanking);
            Console.WriteLine(string.Create(Invariant, $"| {name} | {F(r.PrecisionAt3)} | {F(r.FalseHintRate)} | {F(r.HitAt3)} | {F(r.Mrr)} | {r.NobodyPeople - r.NobodySuggested.Count} of {r.NobodyPeople} | {r.Suggestions} | {(o is null ? "–" : F(o.HitAt3))} | {(o is null ? "–" : F(o.Mrr))} |"));
        }
    }

    // --lost: for each person whose first acceptable helper is 4th or lower or not a candidate, the need, the first three
    // candidates with their reasons, and each acceptable helper's raw score, place by raw score, candidate rank and reasons.
    private static void Lost(IReadOnlyList<Profile> people, CommunityIndex index, IReadOnlyList<HelpCandidate>[] candidates, Dictionary<int, HashSet<int>> acceptable, List<int> withHelpers, List<int> firstRank)
    {
        Console.WriteLine();
        for (var i = 0; i < withHelpers.Count; i++)
        {
            if (firstRank[i] is > 0 and < 4)
            {
                continue;
            }

            var p = withHelpers[i];
            Console.WriteLine(string.Create(Invariant, $"LOST {people[p].Name} [{string.Join(",", people[p].Languages)}] needs: {people[p].Needs}"));
            foreach (var c in candidates[p].Take(3))
            {
                Console.WriteLine(string.Create(Invariant, $"  top {c.Score:0.000} {people[c.Person].Name}: {string.Join(" | ", index.ExplainHelp(c.Person, p).Reasons)}"));
            }

            var raw = Enumerable.Range(0, people.Count).Where(h => h != p).OrderByDescending(h => index.Help(h, p)).ToList();
            foreach (var h in acceptable[p])
            {
                var rank = candidates[p].Select(c => c.Person).ToList().IndexOf(h);
                Console.WriteLine(string.Create(Invariant, $"  WANT {people[h].Name} [{string.Join(",", people[h].Languages)}] score {index.Help(h, p):0.000}, raw place {raw.IndexOf(h) + 1}, candidate {(rank < 0 ? "no" : (rank + 1).ToString(Invariant))}: {string.Join(" | ", index.ExplainHelp(h, p).Reasons)}"));
                Console.WriteLine(string.Create(Invariant, $"       offers: {people[h].Offers}"));
            }
        }
    }

    private static List<int> Top(IReadOnlyList<HelpCandidate> list, int n) => [.. list.Take(n).Select(c => c.Person)];

    private static List<int> Relative(IReadOnlyList<HelpCandidate> list, double floor, double share, double step)
    {
        var shown = new List<int>();
        if (list.Count == 0 || list[0].Score < floor)
        {
            return shown;
        }

        shown.Add(list[0].Person);
        for (var k = 1; k < list.Count && list[k].Score >= share * list[0].Score && list[k].Score >= step * list[k - 1].Score; k++)
        {
            shown.Add(list[k].Person);
        }

        return shown;
    }

    private static double[] Grid(string[] args, string name, string fallback) =>
        [.. SuggestComparison.Option(args, name, fallback).Split(',').Select(s => double.Parse(s, Invariant))];

    private static string F(double value) => value.ToString("0.000", Invariant);
}
