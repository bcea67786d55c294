using System.Text;
using System.Text.RegularExpressions;
using Goen.Core.Matching;

namespace Goen.Core.Text;

/// <summary>
/// The gentle "this reads like a sales pitch" hint on profile text and introduction drafts, in Japanese,
/// English, or both in one sentence.
/// </summary>
/// <remarks>
/// <para>Habit 1 of DESIGN.md: a pitch makes people back away. When a text leans on the tactics of a pitch —
/// urgency (今なら, "only 3 spots left"), guaranteed results (売上アップ保証, "or your money back"), price hooks
/// (業界最安値, "50% off"), calls to buy, DM or sign up, get-rich promises, free-seminar funnels — the page may
/// suggest talking about the other person instead. The hint never blocks anything.</para>
/// <para>Each cue below carries a weight: <em>strong</em> cues are tactics a give-first text hardly ever uses;
/// <em>medium</em> and <em>weak</em> ones also appear when people talk honestly about prices, sales or free help
/// ("a 10% discount for neighbours", 「格安SIMの比較記事」). The hint fires when the weights of the distinct cues
/// found reach <see cref="Threshold"/>: one strong cue, a medium and a weak one, or two medium ones. One weak
/// cue alone never fires, and neither do two.</para>
/// <para>Text is compared folded (<see cref="TextNormalizer"/>: NFKC, so ＤＭ, ｄｍ and ｾﾐﾅｰ read as dm and セミナー; lower
/// case; hiragana as katakana). Cues inside quotation marks (「今すぐ購入」みたいな煽り文句, "limited offer" tricks)
/// are talked about, not used, and do not count; neither do cues in a clause that
/// <see cref="NegatedClauses"/> finds negated ("No limited offers here", 「無料セミナーはやっていません」).</para>
/// <para>Only the first <see cref="MaxLength"/> characters are read; profile fields and messages are far shorter.</para>
/// </remarks>
public static class PitchHint
{
    /// <summary>The number of characters read from the start of a text.</summary>
    public const int MaxLength = 20_000;

    /// <summary>The sum of cue weights at which the hint fires.</summary>
    internal const double Threshold = 2.5;

    private const double Strong = 2.5;
    private const double Medium = 1.5;
    private const double Weak = 1.0;

    // Hype emoji and "!!" add colour, never a hint on their own: half a weak cue each, at most one weak cue in all.
    private const double Flourish = 0.5;
    private const double FlourishCap = 1.0;

    // Longest distance between an opening and a closing quotation mark for the span to count as a quotation.
    private const int MaxQuote = 80;

    private const string Number = @"[\d一二三四五六七八九十百千万]+";

    // Cues, written as people type them: English in lower case, Japanese in either kana (both are folded to
    // katakana before matching). Patterns are .NET regular expressions without capturing groups; English
    // patterns are matched as whole words. Order within a weight does not matter; heavier cues are tried first,
    // so 「期間限定」 counts once as strong, not again as the weak 「限定」 inside it.
    private static readonly Cue[] Cues =
    [
        // Urgency and scarcity.
        En(CueKind.Urgency, Strong, @"limited[- ]time( offer| only| deal)?|for a limited time|limited offer|(this|one) (week|day|month|weekend)['’]?s? only|(today|tonight) only"),
        En(CueKind.Urgency, Strong, @"last chance|act (now|fast|today)|hurry( up)?|don['’]?t (miss( out)?|wait|delay)|before it['’]?s (gone|too late)|once (they['’]?re|it['’]?s) gone|now or never"),
        En(CueKind.Urgency, Strong, @"only \d+ (spots?|slots?|seats?|places?|spaces?)( (left|remaining|available))?|(spots?|slots?|seats?|places?) (are )?(limited|filling (up )?fast)|limited (spots?|slots?|seats?|places?|availability)"),
        En(CueKind.Urgency, Strong, @"(offer|discount|deal|price|sale|promo(tion)?|pricing) (ends|expires|closes)|expires (today|tonight|soon|friday|on|this|at)|ends (tonight|today|soon|at midnight)|(enrol(l)?ment|registration|doors|cart) closes"),
        En(CueKind.Urgency, Strong, @"prices? (go(es)? up|increases?|rises?|will rise)|early[- ]bird|first \d+ (people|customers|clients|sign[- ]?ups|buyers|members)|don['’]?t (fall|get left) behind|while (stocks?|supplies) last|before (it|they) (fills? up|sells? out|runs? out)|fill(s|ing)? up fast|\d+ ?% off (until|till|through|before|this)"),
        En(CueKind.Urgency, Medium, @"enrol(l)?ment (is )?(now )?open|doors (are )?open|save you a (slot|spot|seat|place)"),
        En(CueKind.Urgency, Weak, @"limited|exclusive"),
        Ja(CueKind.Urgency, Strong, @"(今|いま)なら(無料|半額|特別|お得|初回|初月|送料|先着|限定|キャンペーン|モニター|参加費|入会|入学|ご?購入|お?申し?込|ご?契約|\d)|(今|いま)だけ|今がチャンス|ラストチャンス|最後のチャンス|(期間|数量|人数|台数|本日|今月|今週)限定|限定" + Number + "(名|社|組|人|枠|席|個|本)"),
        Ja(CueKind.Urgency, Strong, @"残り(わずか|僅か|" + Number + "(名|席|枠|個|組))|残席|本日限り|今日(だけ|限り)|(今月|今週)(だけ|限り|いっぱい)|今月中なら|お急ぎ(ください|下さい|を)|急いで(ください|下さい)|見逃(す|さ)ないで|お見逃しなく"),
        Ja(CueKind.Urgency, Strong, @"(募集|受付|申し?込み?|締め?切り?)は?(今週|今月|本日|明日|今日)(中|まで|いっぱい)|(今週|今月)中の(ご?予約|お?申し?込|ご?契約|ご?購入|ご?注文)|(締め?切り?|〆切)(間近|迫る|直前)|売り切れ(次第|御免|必至)|なくなり次第|(しないと|ないと|なきゃ)損"),
        Ja(CueKind.Urgency, Medium, @"(今|いま)なら|先着|お(早|はや)めに"),
        Ja(CueKind.Urgency, Weak, @"限定|特別に|今月中|(今|いま)すぐ"),

        // Guaranteed results.
        En(CueKind.Guarantee, Strong, @"money[- ]back|(results?|satisfaction|success|income|returns?|profits?) guaranteed|guaranteed (results?|income|returns?|profits?|success|leads|clients|sales|roi)|risk[- ]free|100 ?% guaranteed|or i['’]?ll work for free|or your money"),
        En(CueKind.Guarantee, Medium, @"guarantee[sd]?|i promise you['’]?ll|proven (system|method|formula|strategy|program(me)?|process)"),
        Ja(CueKind.Guarantee, Strong, @"(売上|売り上げ|成果|結果|効果|利益|集客|収入|合格)(アップ|向上)?保証|返金保証|全額返金|元本保証|損はさせ|絶対に?(儲か|稼げ|痩せ|損しない)|確実に(儲|稼|売上|売り上げ|成果|結果|集客|痩せ)|必ず(儲|稼|売上|売り上げ|成果|結果|安く)|(月利|利回り|年利)" + Number),
        Ja(CueKind.Guarantee, Medium, @"保証(付き|つき|します|いたします)|成果が出なければ|結果が出る|効果が出る|絶対(に)?(気に入|受けるべき|参加した方が|おすすめ|お勧め)"),

        // Promises of money and results: income, growth multiples, get-rich-quick and MLM.
        En(CueKind.Income, Strong, @"passive income|financial freedom|(make|earn|making|earning|hit|reach) (six|seven|eight|6|7|8)[- ]figures?|(earn|earning|make|making|made|earned) (over |up to )?\$ ?\d[\d,]*k? (a|per|/|every) (month|week|day)|\$ ?\d+k ?(a|per|/) ?(month|week|day|mo)|make money (while you sleep|from home|online|fast)|quit your (day )?job|be your own boss"),
        En(CueKind.Income, Strong, @"(double|triple|\d+x|skyrocket|explode) your (income|revenue|sales|profits?|leads|clients|business|earnings|followers|bookings)|(increase|boost|grow) your (income|revenue|sales|profits?|leads|clients|earnings|followers|bookings) by \d+ ?%"),
        En(CueKind.Income, Medium, @"(increase|boost|grow) your (income|revenue|sales|profits?|leads|clients|earnings|followers|bookings)|(six|seven|eight|6|7|8)[- ]figure (business|income|salary|launch)|make money|earn (money|more|extra)|extra income|work from anywhere|join my (team|business|downline)|no experience (needed|required|necessary)|\d+ new (clients|customers|leads) (a|per|every) (month|week)|get rich|tired of (being broke|your 9[- ]to[- ]5)|rat race|earn (from|on) your (phone|laptop|couch)|online salon|struggling (to|with) (get|find)(ting)? (clients|customers|leads|sales)"),
        Ja(CueKind.Income, Strong, @"権利収入|不労所得|経済的自由|自由な(人生|生活|時間)を(手に入れ|手にし)|月" + Number + "万円?(稼|以上稼|の副収入)|稼ぐ方法|稼ぎませんか|稼げます|一緒に稼|ネットワークビジネス"),
        Ja(CueKind.Income, Medium, @"(月収|年収|月商|年商)" + Number + "万|副収入|稼げる|儲かる|お金持ち|(売上|売り上げ|収入|集客)(平均)?(が|を)?" + Number + "倍|(売上|売り上げ|収入|年収|月収)が(倍増|上が|アップ|増え)|(副業|ビジネス)で(成功|自由)|一緒に成功|(販売店|代理店|販売員|会員)(を)?募集|誰でも(簡単|カンタン|すぐ|確実)|未経験(ok|歓迎|でも)|在宅で(稼|できる)"),

        // Price hooks.
        En(CueKind.Price, Strong, @"(best|lowest|cheapest) (price|prices|rates?|deals?) (in|guaranteed|anywhere|around)|unbeatable (price|prices|rates?|deals?)|best deal in|exclusive (discount|deal|offer|price)|bonus (bundle|gifts?|package)"),
        En(CueKind.Price, Medium, @"\d+ ?% off|(best|lowest|cheapest) (price|prices|rates?|deals?)|special (offer|price|pricing|deal|discount|rate|promotion)|(only|just) \$ ?\d|for only|half[- ]price|\d+ ?(months?|weeks?) free|(first|1st) (month|session|lesson|class|week|consultation)( is)? free|worth \$ ?\d|(discount|promo|coupon) code|save (you )?(up to )?\d+ ?%|promotion|extra discount|bonus|affordable|free (gift|shipping)"),
        En(CueKind.Price, Weak, @"discount(s|ed)?|free|\$ ?\d+|cheap(est)?|deal"),
        Ja(CueKind.Price, Strong, @"業界最安|最安値|激安|破格|(特別|モニター|キャンペーン)価格|特別割引|キャンペーン(中|実施)|豪華(特典|プレゼント)"),
        Ja(CueKind.Price, Medium, @"半額|" + Number + " ?(%|パーセント|割) ?(オフ|off|引き|割引|引)|送料無料|(初月|初回|初期費用が?|入会金|入学金|登録料|参加費)(無料|0円|タダ)|" + Number + "(ヶ|か|ヵ|カ|ケ)月(間)?無料|割引いたします|割引(中|価格|します|できます)|" + Number + "円(から|〜|~|より|ぽっきり)|月額" + Number + "|(限定|購入者|ご成約|ご契約|入会|参加)(特典|プレゼント)|特典|お得|キャンペーン|無料で(教え|プレゼント|差し上げ|招待|参加)|今なら無料"),
        Ja(CueKind.Price, Weak, @"格安|無料|割引|安く|タダ|プレゼント"),

        // Calls to buy, DM, sign up, book.
        En(CueKind.CallToAction, Strong, @"buy (now|today|it now|my|our)|order (now|today)|(sign ?up|register|enrol(l)?|subscribe|join|apply|book|reserve|download) (now|today)|(call|contact|message|email|text|dm|ping) (me|us) (now|today|asap)|call now|claim your|lock in (this|the|your)( \w+)? price|get started (today|now)|grab (yours|your (spot|seat|place|copy)|a (spot|seat))"),
        En(CueKind.CallToAction, Medium, @"(sign ?up|register|enrol(l)?|subscribe|apply|book|reserve) (here|before|by)|click (the|this|my) link|link (in|on) (my )?(bio|profile)|link below|get (a|your) (free )?quote|ask me how|want in\?|(book|schedule) (a|your) (free )?(call|demo|consultation|strategy call|meeting)|dm (me|us)|dm for|(message|dm|contact|email) (me|us) to (learn|find out|hear|get) more|(comment|message|contact|hit) me( up)?|via the link|don['’]?t hesitate to (dm|contact|message|call|reach)|reply (today|now)|shall i send you the (form|link)|interested\?|\d+-minute demo"),
        Ja(CueKind.CallToAction, Strong, @"(今|いま)すぐ(お?申し?込|登録|購入|チェック|ご連絡|連絡|お電話|電話|クリック|参加|入会|始め|お問い?合わ?せ|ご予約|予約|dm)|(ご)?購入(して(ください|下さい|みて|ね)|しませんか|はこちら|をご希望|をお待ち)"),
        Ja(CueKind.CallToAction, Medium, @"(お|ご)?申し?込み?は(こちら|お早めに|プロフ|リンク|link|url|dm|line|ライン)|参加はこちら|定期購入|(line|ライン)(登録|追加|@)|メルマガ登録|登録(してね|して下さい|してください|はこちら)|ご購入|ご注文|(お問い?合わ?せ|ご連絡|ご相談|ご注文|ご予約)は(こちら|dm|ライン|line|お気軽に|お待ち|プロフ)|お問い?合わ?せお待ち|dm(ください|下さい|くれ|して|で|へ|まで|お待ち)|(詳しく|詳細)は(line|ライン|dm|こちら|プロフ|公式|リンク)|公式(line|ライン)|こちらの(url|リンク)|(プロフィール|プロフ)の(url|リンク)|リンクから|ぜひ(ご検討|購入|お試し|ご利用|一度お試し|一台)|お見積り?(は)?無料"),

        // Funnels: free sessions that lead to the sale.
        En(CueKind.Funnel, Medium, @"free (consultation|strategy (session|call)|discovery call|audit|webinar|masterclass|e-?book|trial|training|guide|report|session|class)|webinar|masterclass|mastermind|vip (program|access|package)|coaching (program|package)|lifetime access"),
        Ja(CueKind.Funnel, Medium, @"無料(セミナー|相談|個別相談|診断|体験|説明会|講座|ウェビナー|グループ|コンサル|招待|オンライン)|(セミナー|説明会|講座|相談会)(開催中|参加費)|ノウハウ(を)?(伝授|公開|限定|教え|配信)|(塾生|期生|会員)募集|オンラインサロン|モニター募集"),

        // Hype: superlatives, life-changing promises, recruiting.
        En(CueKind.Hype, Medium, @"#1|no\. ?1|number one|life[- ]changing|change your life|secrets? (to|of)|the secret|(amazing|incredible|unbelievable|insane) (results|opportunity|offer)|opportunity of a lifetime|game[- ]changer|you won['’]?t believe|(anyone|everyone) can do (it|this)"),
        Ja(CueKind.Hype, Medium, @"ナンバーワン|日本一|人生(を|が)変わ|人生を変え|夢を叶え|(仲間|メンバー|パートナー)(を)?募集|たった" + Number + "(日|ヶ月|か月|カ月|週間|分|時間|回)で|驚きの|劇的に|秘密を"),

        // Flourishes: hype emoji and repeated exclamation marks.
        new(CueKind.Flourish, Flourish, @"🔥|📣|💰|💸|🚀|💯|🎁|👉|💎|👑|🤑|📈|⚡|!!"),
    ];

    private static readonly (Regex Pattern, int[] Groups) Matcher = BuildMatcher();

    /// <summary>Checks whether a text reads like a sales pitch.</summary>
    /// <param name="text">A profile field or message draft; <see langword="null"/>, empty or odd text gives no hint.</param>
    /// <returns>The hint, with the phrases that caused it as written in <paramref name="text"/>.</returns>
    /// <remarks>
    /// Pure and thread-safe; about 10–25 µs for a profile-sized text (docs/benchmarks.md), after a first call that
    /// builds the cue automaton (under a second). Never throws.
    /// </remarks>
    public static PitchHintResult Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PitchHintResult.None;
        }

        var source = WithoutLoneSurrogates(text.Length > MaxLength ? text[..MaxLength] : text);
        var normalized = TextNormalizer.Normalize(source);
        var folded = FoldKana(normalized.Value);
        var hits = new List<Hit>();
        var total = 0.0;
        var (pattern, groups) = Matcher;
        for (var match = pattern.Match(folded); match.Success;)
        {
            var end = match.Index + match.Length;
            var cue = Array.FindIndex(groups, g => match.Groups[g].Success);
            if (cue >= 0 && (!Cues[cue].WholeWords || (IsWordEdge(folded, match.Index) && IsWordEdge(folded, end))))
            {
                hits.Add(new Hit(cue, match.Index, end, match.Value));
                total += Cues[cue].Weight;
                match = end < folded.Length ? pattern.Match(folded, end) : System.Text.RegularExpressions.Match.Empty;
            }
            else
            {
                // "free" inside "carefree": look again one character on.
                match = match.Index + 1 < folded.Length ? pattern.Match(folded, match.Index + 1) : System.Text.RegularExpressions.Match.Empty;
            }
        }

        // Most texts hold no cue or only weak ones: no need to look for quotations or negations.
        if (total < Threshold)
        {
            return PitchHintResult.None;
        }

        var quotes = QuotedSpans(folded);
        hits.RemoveAll(h => quotes.Exists(q => h.Start >= q.Start && h.End <= q.End));
        hits = WithoutNegated(hits, normalized);
        if (Score(hits) < Threshold)
        {
            return PitchHintResult.None;
        }

        var phrases = new List<string>();
        foreach (var hit in hits)
        {
            var phrase = normalized.OriginalSpan(hit.Start, hit.End).Trim();
            if (phrase.Length > 0 && !phrases.Contains(phrase))
            {
                phrases.Add(phrase);
            }
        }

        return new PitchHintResult(true, phrases);
    }

    // Each phrase counts once however often it appears. Flourishes count every time (🔥🔥🔥 is loud), but all of them
    // together at most as one weak cue.
    private static double Score(List<Hit> hits)
    {
        var score = 0.0;
        var flourish = 0.0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var cue = Cues[hit.Cue];
            if (cue.Kind == CueKind.Flourish)
            {
                flourish += cue.Weight;
            }
            else if (seen.Add(hit.Folded))
            {
                score += cue.Weight;
            }
        }

        return score + Math.Min(flourish, FlourishCap);
    }

    // A cue inside a negated clause ("No limited offers here") does not count. The cues themselves are blanked
    // first, so the negation inside "don't miss out" or 「損はさせません」 does not cancel the cue that holds it.
    private static List<Hit> WithoutNegated(List<Hit> hits, NormalizedText normalized)
    {
        var blanked = normalized.Original.ToCharArray();
        foreach (var hit in hits)
        {
            var start = normalized.OriginalStart(hit.Start);
            var end = normalized.OriginalEnd(hit.End);
            Array.Fill(blanked, ' ', start, end - start);
        }

        var negated = NegatedClauses.Find(new string(blanked));
        if (negated.Count == 0)
        {
            return hits;
        }

        return hits.FindAll(h =>
        {
            var start = normalized.OriginalStart(h.Start);
            return !negated.Exists(n => start >= n.Start && start < n.End);
        });
    }

    // Spans between matching quotation marks, not longer than MaxQuote: 「…」, 『…』, “…”, "…".
    private static List<(int Start, int End)> QuotedSpans(string folded)
    {
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < folded.Length; i++)
        {
            var close = folded[i] switch
            {
                '「' => '」',
                '『' => '』',
                '“' => '”',
                '"' => '"',
                _ => '\0',
            };
            if (close == '\0')
            {
                continue;
            }

            var end = folded.IndexOf(close, i + 1);
            if (end > i && end - i <= MaxQuote)
            {
                spans.Add((i, end + 1));
                i = end;
            }
        }

        return spans;
    }

    // English cues are whole words: no ASCII letter or digit may touch them. Japanese around them is fine
    // ("my programで売上3倍").
    private static bool IsWordEdge(string folded, int index) =>
        index <= 0 || index >= folded.Length || !char.IsAsciiLetterOrDigit(folded[index - 1]) || !char.IsAsciiLetterOrDigit(folded[index]);

    private static string FoldKana(string value) =>
        string.Create(value.Length, value, static (span, v) =>
        {
            for (var i = 0; i < v.Length; i++)
            {
                span[i] = TextNormalizer.Fold(v[i]);
            }
        });

    // NFKC refuses unpaired surrogates; a pasted half emoji must not break a profile page.
    private static string WithoutLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if (lone)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static (Regex Pattern, int[] Groups) BuildMatcher()
    {
        var order = Enumerable.Range(0, Cues.Length).OrderByDescending(i => Cues[i].Weight).ToArray();
        var alternatives = order.Select(i => $"(?<c{i}>{FoldKana(Cues[i].Pattern)})");

        // One automaton for every cue: linear in the text, whatever the number of cues.
        var regex = new Regex(string.Join('|', alternatives), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);
        var groups = Enumerable.Range(0, Cues.Length).Select(i => regex.GroupNumberFromName($"c{i}")).ToArray();
        return (regex, groups);
    }

    private static Cue En(CueKind kind, double weight, string pattern) => new(kind, weight, pattern, WholeWords: true);

    private static Cue Ja(CueKind kind, double weight, string pattern) => new(kind, weight, pattern);

    private enum CueKind
    {
        Urgency,
        Guarantee,
        Income,
        Price,
        CallToAction,
        Funnel,
        Hype,
        Flourish,
    }

    private sealed record Cue(CueKind Kind, double Weight, string Pattern, bool WholeWords = false);

    private readonly record struct Hit(int Cue, int Start, int End, string Folded);
}
