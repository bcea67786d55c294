namespace Goen.Core.Matching;

/// <summary>Settings of the pair-value model.</summary>
/// <remarks>
/// <c>value(A,B) = HelpWeight · (help(A→B) + help(B→A)) + TalkWeight · talk(A,B)</c>; seating maximizes it.
/// </remarks>
public sealed record MatchingOptions
{
    /// <summary>Gets the default settings.</summary>
    public static MatchingOptions Default { get; } = new();

    /// <summary>Gets α, the weight of help in both directions. Defaults to 1.</summary>
    public double HelpWeight { get; init; } = 1.0;

    /// <summary>Gets β, the weight of shared small-talk material. Defaults to 0.5.</summary>
    public double TalkWeight { get; init; } = 0.5;

    /// <summary>Gets how many reasons or topics a suggestion carries at most. Defaults to 3.</summary>
    public int MaxReasons { get; init; } = 3;

    /// <summary>
    /// Gets whether what a person offers is left out of what they need, so two people who offer the
    /// same thing are never each other's help. Defaults to <see langword="true"/>; off only for baselines.
    /// </summary>
    public bool ExcludeOwnOffers { get; init; } = true;

    /// <summary>
    /// Gets the lowest help score at which someone is suggested as help: below it, the words two profiles
    /// share are too few or too common to stand behind, and saying nothing is better than a wrong introduction.
    /// Defaults to 0.04; 0 suggests everyone with any score above zero (for baselines).
    /// </summary>
    /// <remarks>
    /// Chosen by measuring the whole curve (<c>scripts/bench.sh trust --curve</c>, docs/benchmarks.md) on the trust
    /// set and confirming it on the older evaluation set: 0.04 is the highest value that costs no right helper on
    /// either set (trust set precision@3 0.280 → 0.287, nobody-silent 3 → 4 of 18, hit@3 0.816 and old-set hit@3
    /// 0.895 unchanged). Higher values buy precision with recall (0.10: precision@3 0.291, hit@3 0.770, old-set
    /// hit@3 0.825; 0.20: 0.385, 0.644, 0.684): today's cosine scores of right and wrong helpers overlap too much
    /// for a threshold alone to separate them. Also measured: a minimum share of the need's weight matched (0.1:
    /// precision@3 0.278, old-set hit@3 0.860: worse than the score) and a higher score for matches resting on a
    /// single reason (0.15: precision@3 0.319, hit@3 0.736, old-set hit@3 0.789: no better).
    /// Applied by <see cref="CommunityIndex.RankHelpers"/>, <see cref="CommunityIndex.SuggestAll"/> and
    /// <see cref="CommunityIndex.CanHelp"/>; <see cref="CommunityIndex.Help"/> still returns the raw score.
    /// </remarks>
    public double MinHelpScore { get; init; } = 0.04;

    /// <summary>
    /// Gets whether help respects the language a need asks for: a helper must speak it ("an English-speaking
    /// lawyer", "advice in English"; see <see cref="LanguageMedium"/>), and such a language name in a need is not
    /// matched as a topic. Defaults to <see langword="true"/>; off only for baselines.
    /// </summary>
    public bool RespectLanguages { get; init; } = true;

    /// <summary>
    /// Gets whether, with <see cref="RespectLanguages"/>, a helper must also share at least one listed language
    /// with the person (when both list theirs). Defaults to <see langword="false"/>.
    /// </summary>
    /// <remarks>
    /// Turn it on for a community whose members fill <see cref="Profiles.Profile.Languages"/> with the languages they
    /// speak. The trust set does, and labels introductions between people with no common language as wrong (on, with
    /// the other defaults: precision@3 0.332 → 0.349, hit@3 0.805 → 0.816). The older evaluation set's column records
    /// the language each profile is written in (its README), and its labels count English-written profiles'
    /// Japanese-written helpers as right (on: hit@3 0.895 → 0.526). Off by default because a field filled as "what
    /// I write in" would make the rule hide right helpers (docs/benchmarks.md, "Shared language").
    /// </remarks>
    public bool RequireSharedLanguage { get; init; }

    /// <summary>
    /// Gets whether what an offer rules out (「個人の確定申告は受けていません」, "no written translation"; see
    /// <see cref="NegatedClauses"/>) keeps its writer from being suggested for a need that asks for it, and whether a
    /// translation offered into some languages only ("into English only") is kept from a need for a translation into
    /// another (<see cref="TranslationDirection"/>). Defaults to <see langword="true"/>; off only for baselines.
    /// </summary>
    public bool RespectRestrictions { get; init; } = true;

    /// <summary>
    /// Gets the share of the best helper's score that another helper for the same person must reach to be suggested
    /// beside them: a helper far below the best is more often a near miss (the same field, another service) than a
    /// second right answer. Defaults to 0.4; 0 turns it off.
    /// </summary>
    /// <remarks>
    /// Chosen on the curve of both labelled sets (<c>scripts/bench.sh trust --curve --grid 0.04 --shares …</c>,
    /// docs/benchmarks.md): 0.4 is the highest share that keeps the older set's hit@3 at 0.895 (0.45: 0.877). On the
    /// trust set it takes precision@3 from 0.294 to 0.332 and false hints from 0.448 to 0.371, for one right helper
    /// (hit@3 0.816 → 0.805). Applied by <see cref="CommunityIndex.RankHelpers"/>, <see cref="CommunityIndex.SuggestAll"/>
    /// and <see cref="CommunityIndex.CanHelp"/>.
    /// </remarks>
    public double MinShareOfBest { get; init; } = 0.4;

    /// <summary>
    /// Gets how much a broad word counts against a word that names a service or a topic (see <see cref="Vocabulary.IsBroad"/>):
    /// in offers and needs a broad word that names the setting (「事務所の」ロゴ), in interests any broad word (旅行). Defaults to
    /// 1, which weighs them alike; measured at 0, 0.25 and 0.5 with no gain (docs/benchmarks.md).
    /// </summary>
    public float BroadWeight { get; init; } = 1f;

    /// <summary>
    /// Gets the lowest part of a help score that must rest on more than broad words naming a setting: a match carried by
    /// 「事務所の」 or 「オフィス」移転 alone is not suggested. Defaults to 0.04; 0 turns it off.
    /// </summary>
    /// <remarks>
    /// In offers and needs a broad word (<see cref="Vocabulary.IsBroad"/>) is weak where it modifies what follows it
    /// (「事務所のロゴ」, 「工場のホームページ」, 「英語論文」, "office assistant"): it names where or for whom, not what. As the head of
    /// its phrase (「小さなオフィス」を借りたい) it is the thing asked for and counts fully. Chosen with the curve of both labelled
    /// sets (<c>scripts/bench.sh trust --curve --grid 0.02,0.04,0.06,0.08,0.10 --shares 0.3,0.4,0.5 --variants "spec:MinSpecificScore=0.04"</c>,
    /// docs/benchmarks.md): on the trust set precision@3 0.343 → 0.388, nobody-silent 5 → 8 of 18, hit@3 0.851 → 0.839; the
    /// older set's hit@3 0.895 → 0.912. The same value as <see cref="MinHelpScore"/>: the floor, applied to the evidence that
    /// is about the thing itself. Applied wherever <see cref="MinHelpScore"/> is.
    /// </remarks>
    public double MinSpecificScore { get; init; } = 0.04;

    /// <summary>
    /// Gets whether two people must share more than broad words (旅行, 音楽, YouTube; see <see cref="Vocabulary.IsBroad"/>)
    /// to be suggested for small talk. Defaults to <see langword="true"/>; off only for baselines.
    /// </summary>
    /// <remarks>
    /// 「カフェ巡り」 and 「美術館巡り」, or 「音楽フェス」 and 「クラシック音楽」, share a word but no topic to talk about; ジャズ and
    /// 音楽 share only the broad 音楽 too. Measured on the trust set (<c>scripts/bench.sh trust --curve --grid 0.04 --variants
    /// "…"</c>, docs/benchmarks.md): generic-word pairs among the first five starters 10 of 22 → 2 of 22, small-talk hit@5
    /// 0.981 → 0.971. Applied by <see cref="CommunityIndex.SuggestAll"/>; <see cref="CommunityIndex.Talk"/> (seating) still
    /// counts every shared word.
    /// </remarks>
    public bool SmallTalkNeedsSpecific { get; init; } = true;

    /// <summary>
    /// Gets the model that judges how sure a suggestion of help is, and the probability below which it is not shown
    /// (<see cref="HelpConfidence"/>); <see langword="null"/> for the rules alone (<see cref="MinShareOfBest"/>).
    /// </summary>
    /// <remarks>
    /// With a model, the first <see cref="HelpCandidates"/> people who pass the rules (<see cref="MinHelpScore"/>,
    /// <see cref="MinSpecificScore"/>, languages, restrictions) are each given a probability; those below the model's
    /// threshold are left out, and with <see cref="RankByConfidence"/> the rest are ordered by it. <see cref="MinShareOfBest"/>
    /// is applied first (the model was trained and its threshold chosen with it in place). Defaults to <see cref="HelpConfidence.Default"/>.
    /// Applied by
    /// <see cref="CommunityIndex.RankHelpers"/>, <see cref="CommunityIndex.SuggestAll"/> and <see cref="CommunityIndex.CanHelp"/>.
    /// </remarks>
    public HelpConfidence? Confidence { get; init; } = HelpConfidence.Default;

    /// <summary>Gets how many of the best-scoring helpers who pass the rules the <see cref="Confidence"/> model looks at. Defaults to 10.</summary>
    public int HelpCandidates { get; init; } = 10;

    /// <summary>Gets whether, with a <see cref="Confidence"/> model, helpers are ordered by its probability rather than by score. Defaults to <see langword="false"/>.</summary>
    /// <remarks>Measured out of fold on the trust set at the shipped threshold: MRR 0.724 → 0.758 but one more person misled (false
    /// hints 0.400 → 0.410), precision@3 unchanged; not a gain on every measure, so off (docs/benchmarks.md).</remarks>
    public bool RankByConfidence { get; init; }
}
