using System.Globalization;
using Goen.Core.Matching;
using Goen.Core.Profiles;

namespace Goen.Benchmarks.Matching;

/// <summary>
/// <c>scripts/bench.sh trust --train [--folds 5] [--seed 12] [--l2 1] [--share 0.4] [--order score|probability]
/// [--features name,name|all] [--pshare 0,0.1,…] [--max-hit-loss 0] [--old-floor 0.89] [--per-rank] [--prefix] [--dump] [--wrong] [--write]</c>: trains
/// <see cref="HelpConfidence"/> on the trust set, prints the grouped cross-validation figures (out of fold) over a curve of
/// thresholds beside the train-set figures and the rules alone, checks the model on the older labelled set (and a model
/// trained there on the trust set), and with <c>--write</c> writes <c>data/goen-help-confidence.tsv</c>. The defaults are
/// the shipped model's, so retraining after a change to the rules is <c>scripts/bench.sh trust --train --write</c>.
/// </summary>
/// <remarks>
/// The threshold and the share of the most probable candidate's probability a later one must reach
/// (<see cref="HelpConfidence.ShareOfMostProbable"/>, tried at each value of <c>--pshare</c>) are chosen together on the
/// out-of-fold predictions: the pair with the best precision@3 among those whose hit@3 is
/// at least the rules' hit@3 less <c>--max-hit-loss</c> (show fewer, surer suggestions, but find no fewer right helpers)
/// and at which the model trained on every labelled person keeps the older set's hit@3 at <c>--old-floor</c>.
/// <c>--share</c> is the share-of-best cut applied before the model; <c>--features</c> the features weighed (default
/// <see cref="ConfidenceTraining.Features"/>; the others are held at 0); <c>--per-rank</c> also tries a threshold for the
/// first suggestion and another for the rest; <c>--prefix</c> shows, per person, only the leading candidates down to the first
/// below the threshold (how many to show, rather than which); <c>--dump</c> prints every candidate with its out-of-fold probability,
/// features and reasons; <c>--wrong</c> lists every wrong suggestion the trained model shows, with its features and classes.
/// </remarks>
internal static class TrustTraining
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(IReadOnlyList<Profile> people, TrustLabels labels, string[] args)
    {
        var folds = int.Parse(SuggestComparison.Option(args, "--folds", ConfidenceTraining.Folds.ToString(Invariant)), Invariant);
        var seed = int.Parse(SuggestComparison.Option(args, "--seed", ConfidenceTraining.Seed.ToString(Invariant)), Invariant);
        var l2 = double.Parse(SuggestComparison.Option(args, "--l2", ConfidenceTraining.L2.ToString(Invariant)), Invariant);
        var byProbability = SuggestComparison.Option(args, "--order", "score") == "probability";
        var rules = MatchingOptions.Default with { Confidence = null };
        var share = double.Parse(SuggestComparison.Option(args, "--share", MatchingOptions.Default.MinShareOfBest.ToString(Invariant)), Invariant);
        var pshares = SuggestComparison.Option(args, "--pshare", ShareGrid).Split(',').Select(v => double.Parse(v, Invariant)).ToArray();

        var featureOption = SuggestComparison.Option(args, "--features", string.Join(',', ConfidenceTraining.Features));
        var features = featureOption == "all" ? HelpConfidence.FeatureNames : featureOption.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var (index, partners, candidates, acceptable) = RulesCandidates(people, labels, rules, [.. features]);

        var old = OlderLabelledSet.Load();
        var oldPeople = old.People;
        var oldIndex = CommunityIndex.Build(oldPeople, options: rules);
        var oldCandidates = ConfidenceTraining.Candidates(oldIndex, [.. features]);
        var oldAcceptable = ConfidenceTraining.Acceptable(oldPeople, old.Queries.Select(q => (q.Person, q.Relevant)));

        Console.WriteLine(string.Create(Invariant, $"Command: scripts/bench.sh trust {string.Join(' ', args)} — {folds} folds grouped by need-person, seed {seed}, L2 {l2}, share of best first {share}, order by {(byProbability ? "probability" : "score")}; {candidates.Sum(c => c.Count)} candidates"));
        Console.WriteLine();
        Console.WriteLine("| ranking | threshold | precision@3 | false hints | hit@3 | MRR | hit@3 ja↔en | nobody: silent | suggestions in top 3 | small talk hit@5 | small-talk leaks | old hit@3 | old MRR |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var baseline = TrustEvaluation.Evaluate(people, labels, p => [.. index.RankHelpers(p, people.Count).Select(h => h.Person)], partners);
        var oldBaseline = old.Evaluate(p => [.. oldIndex.RankHelpers(p, oldPeople.Count).Select(h => h.Person)]);
        Row("rules alone (no model)", "–", baseline, oldBaseline);

        var oof = ConfidenceTraining.OutOfFold(candidates, acceptable, folds, seed, l2);
        var chosen = double.NaN;
        var chosenPrecision = -1.0;
        var maxHitLoss = double.Parse(SuggestComparison.Option(args, "--max-hit-loss", "0"), Invariant);
        var oldFloor = double.Parse(SuggestComparison.Option(args, "--old-floor", OldFloor.ToString(Invariant)), Invariant);

        // The model trained on every labelled person judges the older set at each threshold (its hit@3 floor is a constraint
        // on the threshold, as the shipped model must keep it; the older set is never trained on).
        var all = ConfidenceTraining.Train(candidates, acceptable, 0, l2);
        var oldProbabilities = oldCandidates.Select((list, person) => (person, p: list.Select(c => all.Probability([.. c.Features])).ToArray())).ToDictionary(x => x.person, x => x.p);
        EvaluationResult OldAt(double t, double ps) => old.Evaluate(ConfidenceTraining.Ranking(oldCandidates, oldProbabilities, t, byProbability, share, ps));
        double[] grid = [0.01, 0.02, 0.03, 0.04, .. Enumerable.Range(0, 37).Select(i => Math.Round(0.05 + (0.025 * i), 3))];
        var pshare = 0.0;
        var rows = new List<(double Share, double T, TrustResult R, EvaluationResult O)>();
        foreach (var ps in pshares)
        {
            foreach (var t in grid)
            {
                var r = TrustEvaluation.Evaluate(people, labels, ConfidenceTraining.Ranking(candidates, oof, t, byProbability, share, ps), partners);
                var o = OldAt(t, ps);
                rows.Add((ps, t, r, o));
                if (r.HitAt3 >= baseline.HitAt3 - maxHitLoss - 1e-9 && o.HitAt3 >= oldFloor - 1e-9 && r.PrecisionAt3 > chosenPrecision)
                {
                    (chosen, pshare, chosenPrecision) = (t, ps, r.PrecisionAt3);
                }
            }
        }

        // The curve at the chosen share of the most probable; for every share, its best threshold under the two constraints.
        foreach (var (_, t, r, o) in rows.Where(x => x.Share == pshare))
        {
            Row(string.Create(Invariant, $"out of fold, share of the most probable {pshare}"), F(t), r, o);
        }

        Console.WriteLine();
        Console.WriteLine("How many to show (a later candidate needs this share of the most probable one's probability): the best threshold for each share, out of fold:");
        Console.WriteLine();
        foreach (var ps in pshares)
        {
            var best = rows.Where(x => x.Share == ps && x.R.HitAt3 >= baseline.HitAt3 - maxHitLoss - 1e-9 && x.O.HitAt3 >= oldFloor - 1e-9).OrderByDescending(x => x.R.PrecisionAt3).FirstOrDefault();
            if (best.R is null)
            {
                Console.WriteLine(string.Create(Invariant, $"| share {ps}: no threshold meets the constraints | | | | | | | | | | | | |"));
            }
            else
            {
                Row(string.Create(Invariant, $"out of fold, share of the most probable {ps}"), F(best.T), best.R, best.O);
            }
        }

        if (args.Contains("--prefix"))
        {
            // How many to show per person: the leading candidates (by score) down to the first one below the threshold.
            Console.WriteLine();
            Console.WriteLine("How many to show: the leading candidates down to the first below the threshold, out of fold:");
            Console.WriteLine();
            foreach (var t in grid.Where(t => t <= 0.5))
            {
                Row("out of fold, leading candidates", F(t), TrustEvaluation.Evaluate(people, labels, Leading(candidates, oof, t, share), partners), old.Evaluate(Leading(oldCandidates, oldProbabilities, t, share)));
            }
        }

        if (args.Contains("--per-rank"))
        {
            // A threshold for the first candidate shown and another for the rest: the best pairs that meet the same constraints.
            var pairs = new List<(double First, double Later, TrustResult R, EvaluationResult O)>();
            foreach (var first in grid.Where(t => t <= 0.6))
            {
                foreach (var rest in grid.Where(t => t <= 0.8))
                {
                    var r = TrustEvaluation.Evaluate(people, labels, PerRank(candidates, oof, first, rest, share), partners);
                    var o = old.Evaluate(PerRank(oldCandidates, oldProbabilities, first, rest, share));
                    if (r.HitAt3 >= baseline.HitAt3 - maxHitLoss - 1e-9 && o.HitAt3 >= oldFloor - 1e-9)
                    {
                        pairs.Add((first, rest, r, o));
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("Per-rank thresholds (first shown / the rest), out of fold, best precision@3 first, under the same two constraints:");
            Console.WriteLine();
            foreach (var (first, rest, r, o) in pairs.OrderByDescending(x => x.R.PrecisionAt3).Take(12))
            {
                Row("out of fold, per rank", string.Create(Invariant, $"{F(first)} / {F(rest)}"), r, o);
            }
        }

        if (args.Contains("--dump"))
        {
            var trapSet = labels.Traps.Select(t => (t.Person, t.Trap, t.Kind)).ToLookup(t => (t.Person, t.Trap), t => t.Kind);
            foreach (var (person, p) in oof.OrderBy(x => x.Key))
            {
                var list = candidates[person];
                for (var k = 0; k < list.Count; k++)
                {
                    var c = list[k];
                    var ok = acceptable[person].Contains(c.Person);
                    var kind = trapSet[(people[person].Name, people[c.Person].Name)].FirstOrDefault() ?? (ok ? "OK" : "-");
                    Console.WriteLine(string.Create(Invariant, $"DUMP {people[person].Name} ← {people[c.Person].Name} [{kind}] p={p[k]:0.000} {string.Join(" ", c.Features.Select(f => f.ToString("0.00", Invariant)))} | {string.Join(" | ", index.ExplainHelp(c.Person, person).Reasons)}"));
                }
            }
        }

        var headline = TrustEvaluation.Evaluate(people, labels, ConfidenceTraining.Ranking(candidates, oof, chosen, byProbability, share, pshare), partners);
        var chosenName = string.Create(Invariant, $"{F(chosen)}, share {pshare}");
        if (double.IsNaN(chosen))
        {
            Console.WriteLine("No threshold meets the constraints: nothing chosen, nothing written.");
            return 1;
        }

        var model = new HelpConfidence(all.Bias, all.Weights, chosen, pshare);
        var trained = CommunityIndex.Build(people, options: rules with { Confidence = model, RankByConfidence = byProbability, MinShareOfBest = share });
        var train = TrustEvaluation.Evaluate(people, labels, p => [.. trained.RankHelpers(p, people.Count).Select(h => h.Person)], partners);
        var oldTrained = CommunityIndex.Build(oldPeople, options: rules with { Confidence = model, RankByConfidence = byProbability, MinShareOfBest = share });
        var oldResult = old.Evaluate(p => [.. oldTrained.RankHelpers(p, oldPeople.Count).Select(h => h.Person)]);
        Console.WriteLine();
        Console.WriteLine($"Chosen threshold (best out-of-fold precision@3 with hit@3 no lower than the rules' less {maxHitLoss}):");
        Console.WriteLine();
        Console.WriteLine("| ranking | threshold | precision@3 | false hints | hit@3 | MRR | hit@3 ja↔en | nobody: silent | suggestions in top 3 | small talk hit@5 | small-talk leaks | old hit@3 | old MRR |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Row("rules alone (no model)", "–", baseline, oldBaseline);
        Row("**out of fold (headline)**", chosenName, headline, null);
        Row("trained on all (train set; old set unseen)", chosenName, train, oldResult);
        if (args.Contains("--wrong"))
        {
            Wrong(people, labels, index, trained, model, candidates, oof, acceptable);
        }

        Console.WriteLine();
        Console.WriteLine($"Older set: missed by the model, not by the rules: {string.Join(", ", oldResult.Misses.Except(oldBaseline.Misses).DefaultIfEmpty("none"))}; by the rules, not by the model: {string.Join(", ", oldBaseline.Misses.Except(oldResult.Misses).DefaultIfEmpty("none"))}.");
        Console.WriteLine();

        // The other way round: trained on the older set's queries (only their listed helpers count as right), judged on the trust set.
        var reverse = ConfidenceTraining.Train(oldCandidates, oldAcceptable, chosen, l2);
        reverse = new HelpConfidence(reverse.Bias, reverse.Weights, chosen, pshare);
        var reverseIndex = CommunityIndex.Build(people, options: rules with { Confidence = reverse, RankByConfidence = byProbability, MinShareOfBest = share });
        Row("trained on the older set, judged on the trust set", chosenName, TrustEvaluation.Evaluate(people, labels, p => [.. reverseIndex.RankHelpers(p, people.Count).Select(h => h.Person)], partners), null);

        Console.WriteLine();
        Console.WriteLine("| feature | weight (on the raw feature) |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(string.Create(Invariant, $"| bias | {model.Bias:0.000} |"));
        for (var k = 0; k < HelpConfidence.FeatureNames.Count; k++)
        {
            Console.WriteLine(string.Create(Invariant, $"| {HelpConfidence.FeatureNames[k]} | {model.Weights[k]:0.000} |"));
        }

        if (args.Contains("--write"))
        {
            var path = Path.Combine(SuggestComparison.RepositoryRoot(), "data", "goen-help-confidence.tsv");
            File.WriteAllText(path, model.Format([
                "Goen's help-confidence model (HelpConfidence): logistic regression over explainable features of a candidate helper.",
                string.Create(Invariant, $"Written by: scripts/bench.sh trust {string.Join(' ', args)}"),
                string.Create(Invariant, $"Trained on the trust set's {acceptable.Count} people ({candidates.Sum(c => c.Count)} candidates); threshold and share of the most probable chosen on {folds}-fold out-of-fold predictions grouped by person (seed {seed}), L2 {l2}."),
                $"Features weighed (the others held at 0): {string.Join(", ", features)}.",
                string.Create(Invariant, $"Out of fold at the threshold: precision@3 {F(headline.PrecisionAt3)}, false hints {F(headline.FalseHintRate)}, hit@3 {F(headline.HitAt3)}, MRR {F(headline.Mrr)}, silent for {headline.NobodyPeople - headline.NobodySuggested.Count} of {headline.NobodyPeople}."),
                string.Create(Invariant, $"Trained on all: precision@3 {F(train.PrecisionAt3)}, false hints {F(train.FalseHintRate)}, hit@3 {F(train.HitAt3)}, MRR {F(train.Mrr)}; the older labelled set (never trained on): hit@3 {F(oldResult.HitAt3)}, MRR {F(oldResult.Mrr)}."),
            ]));
            Console.WriteLine();
            Console.WriteLine($"Wrote {path}");
        }

        return 0;
    }

    // The trust set ranked by the rules alone: the index, everyone's small-talk partners (top 5), every person's candidates with
    // the features kept, and who can help each labelled person.
    internal static (CommunityIndex Index, Func<int, IReadOnlyList<int>> Partners, IReadOnlyList<HelpCandidate>[] Candidates, Dictionary<int, HashSet<int>> Acceptable) RulesCandidates(IReadOnlyList<Profile> people, TrustLabels labels, MatchingOptions rules, IReadOnlyCollection<string>? features)
    {
        var index = CommunityIndex.Build(people, options: rules);
        var starters = index.SuggestAll(5);
        return (index, p => [.. starters[p].Starters.Select(m => m.Person)], ConfidenceTraining.Candidates(index, features), ConfidenceTraining.Acceptable(people, labels.Helpers.Select(h => (h.Person, h.Helpers))));
    }

    // Every wrong suggestion the model trained on all shows (through the product's path), with its place, score, probability
    // (trained on all, and out of fold), every computed feature, where the person's first right helper stands among the
    // candidates, and the classes it falls in; then the counts per class (each suggestion once under one of the first four,
    // which say what else the person is shown, and under every class it falls in).
    private static void Wrong(IReadOnlyList<Profile> people, TrustLabels labels, CommunityIndex rules, CommunityIndex trained, HelpConfidence model, IReadOnlyList<HelpCandidate>[] candidates, Dictionary<int, double[]> oof, Dictionary<int, HashSet<int>> acceptable)
    {
        var trapKind = labels.Traps.ToLookup(t => (t.Person, t.Trap), t => t.Kind);
        int F(string name) => HelpConfidence.FeatureNames.ToList().IndexOf(name);
        (string Key, string Text)[] classes =
        [
            ("nobody", "the person has no right helper at all"),
            ("extra", "a right helper is shown above it: this one is extra"),
            ("above", "shown above the person's right helper (an order mistake: the right one is shown lower)"),
            ("alone", "no right helper shown (the right one is not in the first three, or not a candidate)"),
            ("far", "2nd/3rd far below the 1st (under 0.6 of its score)"),
            ("single", "rests on one shared feature (one word or concept)"),
            ("side", "matched through a secondary phrase of the offer (under half of the score in its first clause)"),
            ("part", "only part of the need covered (under half of the need's first clause matched by specific features)"),
            ("broad", "rests on broad words (specific share under 0.5)"),
            ("role", "the need names a role, the offer none"),
        ];

        var first = new Dictionary<string, int>();
        var any = new Dictionary<string, int>();
        Console.WriteLine();
        Console.WriteLine("Every wrong suggestion shown in the first three (trained on all, the product's path):");
        Console.WriteLine($"features: {string.Join(" ", HelpConfidence.FeatureNames)}");
        Console.WriteLine();
        foreach (var person in acceptable.Keys.Order())
        {
            var shown = trained.RankHelpers(person, 3);
            var pool = rules.HelpCandidates(person);
            var right = Enumerable.Range(0, pool.Count).FirstOrDefault(k => acceptable[person].Contains(pool[k].Person), -1);
            var rightShown = shown.Any(h => acceptable[person].Contains(h.Person));
            for (var place = 0; place < shown.Count; place++)
            {
                var helper = shown[place].Person;
                if (acceptable[person].Contains(helper))
                {
                    continue;
                }

                var rank = Enumerable.Range(0, pool.Count).First(k => pool[k].Person == helper);
                var f = pool[rank].Features;
                var keys = new List<string>();
                void Flag(bool on, string key)
                {
                    if (on)
                    {
                        keys.Add(key);
                    }
                }

                Flag(acceptable[person].Count == 0, "nobody");
                var rightAbove = shown.Take(place).Any(h => acceptable[person].Contains(h.Person));
                Flag(acceptable[person].Count > 0 && rightAbove, "extra");
                Flag(acceptable[person].Count > 0 && !rightAbove && rightShown, "above");
                Flag(acceptable[person].Count > 0 && !rightShown, "alone");
                Flag(place > 0 && f[F("share_of_best")] < 0.6, "far");
                Flag(f[F("matched_features")] <= Math.Log(2) + 1e-9, "single");
                Flag(f[F("offer_lead_share")] < 0.5, "side");
                Flag(f[F("need_lead_covered")] < 0.5, "part");
                Flag(f[F("specific_share")] < 0.5, "broad");
                Flag(f[F("role_silent")] > 0, "role");
                first[keys[0]] = first.GetValueOrDefault(keys[0]) + 1;
                foreach (var key in keys)
                {
                    any[key] = any.GetValueOrDefault(key) + 1;
                }

                var kind = trapKind[(people[person].Name, people[helper].Name)].FirstOrDefault() ?? "neutral";
                var where = acceptable[person].Count == 0 ? "nobody" : right < 0 ? "not among the candidates" : $"right helper {right + 1}.";
                Console.WriteLine(string.Create(Invariant, $"WRONG {place + 1}. {people[person].Name} ← {people[helper].Name} [{kind}; {where}] score {shown[place].Score:0.000} p {model.Probability([.. f]):0.000} oof {oof[person][rank]:0.000} {{{string.Join(",", keys)}}} {string.Join(" ", f.Select(v => v.ToString("0.00", Invariant)))} | {string.Join(" | ", rules.ExplainHelp(helper, person).Reasons)}"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| class | wrong suggestions (by the person: the first four classes) | (every class it falls in) |");
        Console.WriteLine("|---|---|---|");
        foreach (var (key, text) in classes)
        {
            Console.WriteLine(string.Create(Invariant, $"| {key}: {text} | {first.GetValueOrDefault(key)} | {any.GetValueOrDefault(key)} |"));
        }

        Console.WriteLine(string.Create(Invariant, $"| all | {first.Values.Sum()} | |"));
    }

    // The shares of the most probable candidate's probability tried (HelpConfidence.ShareOfMostProbable), with each threshold.
    private const string ShareGrid = "0,0.1,0.2,0.25,0.3,0.35,0.4,0.5";

    // The hit@3 the older labelled set must keep with the shipped model (0.912 with the rules alone; one miss more is 0.895).
    private const double OldFloor = 0.89;

    private static Func<int, IReadOnlyList<int>> Leading(IReadOnlyList<HelpCandidate>[] candidates, Dictionary<int, double[]> probabilities, double threshold, double share) => person =>
    {
        if (!probabilities.TryGetValue(person, out var p) || p.Length == 0)
        {
            return [];
        }

        var list = candidates[person];
        return [.. Enumerable.Range(0, p.Length).TakeWhile(k => p[k] >= threshold && list[k].Score >= share * list[0].Score).Select(k => list[k].Person)];
    };

    private static Func<int, IReadOnlyList<int>> PerRank(IReadOnlyList<HelpCandidate>[] candidates, Dictionary<int, double[]> probabilities, double first, double rest, double share) => person =>
    {
        if (!probabilities.TryGetValue(person, out var p) || p.Length == 0)
        {
            return [];
        }

        var shown = new List<int>();
        var list = candidates[person];
        for (var k = 0; k < p.Length && list[k].Score >= share * list[0].Score; k++)
        {
            if (p[k] >= (shown.Count == 0 ? first : rest))
            {
                shown.Add(list[k].Person);
            }
        }

        return shown;
    };

    private static void Row(string name, string threshold, TrustResult r, EvaluationResult? o) =>
        Console.WriteLine(string.Create(Invariant, $"| {name} | {threshold} | {F(r.PrecisionAt3)} | {F(r.FalseHintRate)} | {F(r.HitAt3)} | {F(r.Mrr)} | {F(r.CrossHitAt3)} | {r.NobodyPeople - r.NobodySuggested.Count} of {r.NobodyPeople} | {r.Suggestions} | {F(r.SmallTalkHitAt5)} | {r.Leaks.Count} of {r.SmallTalkTrapPairs} | {(o is null ? "–" : F(o.HitAt3))} | {(o is null ? "–" : F(o.Mrr))} |"));

    private static string F(double value) => value.ToString("0.000", Invariant);
}
