using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// Turns free text in Japanese, English or both into the features that matching compares: the
/// concepts and words of a <see cref="Vocabulary"/>, unknown words, and, for Japanese that no
/// dictionary knows, overlapping character pairs (bigrams).
/// </summary>
/// <remarks>
/// <para>Japanese is segmented per phrase by dynamic programming over the vocabulary: the split that
/// leaves the fewest characters unknown, then uses the fewest words, wins. A katakana run is either
/// covered entirely by dictionary words (ウェブ + デザイン) or kept whole as one unknown word, so a
/// loanword is never cut into accidental pieces.</para>
/// <para>Every feature keeps the span of the original text it came from, so reasons can quote people's
/// own words. The analyzer holds no state besides its vocabulary and is safe to share between threads.</para>
/// </remarks>
public sealed class TermAnalyzer(Vocabulary vocabulary)
{
    /// <summary>Feature kind: a concept of the vocabulary (a synonym group or related-terms group).</summary>
    public const long ConceptKind = 1L << 60;

    /// <summary>Feature kind: a word the vocabulary does not know (an English stem, a katakana word).</summary>
    public const long TermKind = 3L << 60;

    /// <summary>Feature kind: two adjacent Japanese characters of text the vocabulary does not know.</summary>
    public const long BigramKind = 4L << 60;

    /// <summary>Feature kind: a single kanji standing alone.</summary>
    public const long UnigramKind = 5L << 60;

    /// <summary>The weight of a character pair or single kanji: weaker evidence than a whole word.</summary>
    public const float CharacterWeight = 0.5f;

    private const int UnknownCost = 4;

    /// <summary>Gets the vocabulary this analyzer segments and matches with.</summary>
    public Vocabulary Vocabulary { get; } = vocabulary;

    /// <summary>Gets the kind of a feature key (one of the <c>…Kind</c> constants).</summary>
    /// <param name="key">A feature key.</param>
    /// <returns>The kind bits of <paramref name="key"/>.</returns>
    public static long KindOf(long key) => key & (0xFL << 60);

    /// <summary>Analyzes a text.</summary>
    /// <param name="text">Free text; <see langword="null"/> or empty gives no features.</param>
    /// <returns>The features in text order.</returns>
    public List<FeatureOccurrence> Analyze(string? text)
    {
        var features = new List<FeatureOccurrence>();
        Analyze(text, features);
        return features;
    }

    /// <summary>Analyzes a text, appending its features to a list the caller reuses.</summary>
    /// <param name="text">Free text; <see langword="null"/> or empty gives no features.</param>
    /// <param name="features">Receives the features in text order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Analyze(string? text, List<FeatureOccurrence> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        // Folded with this thread's buffers for the map back to the original, like the tokens: nothing of the folded text is
        // kept once the features are found (they hold positions in the original).
        var normalized = TextNormalizer.NormalizeTransient(text);
        var tokens = _tokenBuffer ??= new List<Token>(256);
        Tokenizer.Tokenize(normalized, tokens);
        var first = features.Count;
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || tokens[i].Kind == TokenKind.Boundary)
            {
                if (i > start)
                {
                    AnalyzePhrase(normalized, CollectionsMarshal.AsSpan(tokens)[start..i], features);
                }

                start = i + 1;
            }
        }

        MarkAudiences(text, CollectionsMarshal.AsSpan(features)[first..]);
    }

    // Words before 向け or 用 say whom or what a service is for (「中小企業向けの」, 「撮影やイベント向けのヘアメイク」,
    // 「Web用の」撮影), not what it is: the setting, like a broad word before の, so they cannot carry a match alone. The mark
    // runs back through the compound (「個人事業主向け」) and through a list joined by や (「撮影やイベント向け」), not past ・, と or
    // a comma, which as often join or start another service (「オフィスヨガ・社員向けの研修」).
    private static void MarkAudiences(string text, Span<FeatureOccurrence> features)
    {
        if (text.AsSpan().IndexOfAny(AudienceMarks) < 0)
        {
            return;
        }

        var setting = -1;
        for (var k = features.Length - 1; k >= 0; k--)
        {
            var f = features[k];
            var end = f.End;
            var after = text.AsSpan(end);
            var marked = ((after.StartsWith("向け", StringComparison.Ordinal) || (after.Length > 0 && after[0] == '用')) && !Covered(features, k, end))
                || (setting >= 0 && (end >= setting || (end + 1 == setting && text[end] == 'や')));
            if (marked)
            {
                features[k] = f with { Modifies = true };
                setting = setting < 0 ? f.Start : Math.Min(setting, f.Start);
            }
            else if (f.End <= setting)
            {
                setting = -1;
            }
        }
    }

    // Whether a later feature covers the character at `at` (「採用」, 「費用」: the 用 is part of a word, not a suffix).
    private static bool Covered(ReadOnlySpan<FeatureOccurrence> features, int k, int at)
    {
        for (var j = k + 1; j < features.Length && features[j].Start <= at; j++)
        {
            if (features[j].End > at)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> AudienceMarks = SearchValues.Create("向用");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AnalyzePhrase(NormalizedText text, ReadOnlySpan<Token> tokens, List<FeatureOccurrence> features)
    {
        var count = tokens.Length;
        var buffers = _phraseBuffers ??= new PhraseBuffers();
        var cost = buffers.Cost(count + 1);
        var back = buffers.Back(count + 1);
        var node = buffers.Node(count + 1);
        cost.Fill(int.MaxValue);
        cost[0] = 0;
        for (var p = 0; p < count; p++)
        {
            if (cost[p] == int.MaxValue)
            {
                continue;
            }

            // Dictionary words starting here.
            var at = 0;
            for (var q = p; q < count && Vocabulary.TryStep(at, tokens[q].Key, out at); q++)
            {
                if (Vocabulary.EntryAt(at) is not null && (q > p || !IsKanjiInsideCompound(tokens, p)))
                {
                    Relax(cost, back, node, p, q + 1, cost[p] + 1, at);
                }
            }

            // Otherwise one unknown unit: a whole katakana run, or one token.
            ref readonly var token = ref tokens[p];
            if (token.Kind == TokenKind.Katakana)
            {
                if (p == 0 || tokens[p - 1].Kind != TokenKind.Katakana || token.SpaceBefore)
                {
                    var end = p + 1;
                    while (end < count && tokens[end].Kind == TokenKind.Katakana && !tokens[end].SpaceBefore)
                    {
                        end++;
                    }

                    Relax(cost, back, node, p, end, cost[p] + UnknownCost, 0);
                }
            }
            else
            {
                Relax(cost, back, node, p, p + 1, cost[p] + UnknownCost, 0);
            }
        }

        // Walk the best split backwards, then emit features in text order.
        var segments = buffers.Segments;
        segments.Clear();
        for (var q = count; q > 0; q = back[q])
        {
            segments.Add((back[q], q, node[q]));
        }

        segments.Reverse();
        var unknownRun = buffers.UnknownRun;
        unknownRun.Clear();
        foreach (var (start, end, entryNode) in segments)
        {
            ref readonly var first = ref tokens[start];
            ref readonly var last = ref tokens[end - 1];
            if (entryNode == 0 && first.Kind is TokenKind.Kanji or TokenKind.Hiragana)
            {
                if (first.SpaceBefore)
                {
                    EmitCharacters(text, unknownRun, features);
                }

                unknownRun.Add(first);
                continue;
            }

            EmitCharacters(text, unknownRun, features);
            var spanStart = text.OriginalStart(first.Start);
            var spanEnd = text.OriginalEnd(last.End);
            if (entryNode != 0)
            {
                var entry = Vocabulary.EntryAt(entryNode)!;
                if (entry.IsGeneric)
                {
                    continue;
                }

                var modifies = entry.IsBroad && (Modifies(tokens, end) || Headed(tokens, start));
                foreach (var link in entry.Concepts)
                {
                    features.Add(new FeatureOccurrence(ConceptKind | (uint)link.Concept, link.Weight, spanStart, spanEnd, Broad: entry.IsBroad, Modifies: modifies));
                }

                // What a broad word relates to (イベント ~ 会場, 動画制作) is where a service is used, never the service.
                foreach (var link in entry.Related)
                {
                    features.Add(new FeatureOccurrence(ConceptKind | (uint)link.Concept, link.Weight, spanStart, spanEnd, Related: true, Broad: entry.IsBroad, Modifies: entry.IsBroad));
                }
            }
            else if (first.Kind == TokenKind.Latin)
            {
                features.Add(new FeatureOccurrence(TermKind | Tokenizer.Hash(first.Stem), 1f, spanStart, spanEnd));
            }
            else if (first.Kind == TokenKind.Katakana && end - start >= 2)
            {
                features.Add(new FeatureOccurrence(TermKind | Tokenizer.Hash(text.Value.AsSpan(first.Start, last.End - first.Start)), 1f, spanStart, spanEnd));
            }
        }

        EmitCharacters(text, unknownRun, features);
    }

    // Whether the word ending before tokens[end] modifies what follows rather than being what the phrase is about:
    // 「事務所の」ロゴ, 「オフィス」移転, 「英語」論文, 「イベントで使う」機材, 「イベントに出店」, "office" assistant (a broad word before で or
    // に and a verb or noun in kanji says where or with what something is done). A broad word there names the setting; as the head
    // of its phrase (「小さなオフィスを」, "IT staff") it is the thing itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Modifies(ReadOnlySpan<Token> tokens, int end)
    {
        if (end >= tokens.Length)
        {
            return false;
        }

        ref readonly var next = ref tokens[end];
        ref readonly var last = ref tokens[end - 1];
        return next.Kind switch
        {
            TokenKind.Hiragana => next.Key == 'の' || (next.Key is 'で' or 'に' && end + 1 < tokens.Length && tokens[end + 1].Kind == TokenKind.Kanji),
            TokenKind.Kanji or TokenKind.Katakana => last.IsJapanese && !next.SpaceBefore,
            TokenKind.Latin => last.Kind == TokenKind.Latin && next.Start == last.End + 1,
            _ => false,
        };
    }

    // Whether a broad word is the head of a compound written without a break (口コミ「対策」, JLPT「対策」, アプリ「開発」): what
    // the compound is about is the word before it, so the head alone names no service in particular.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Headed(ReadOnlySpan<Token> tokens, int start)
    {
        if (start == 0)
        {
            return false;
        }

        ref readonly var first = ref tokens[start];
        ref readonly var before = ref tokens[start - 1];
        return first.Kind is TokenKind.Kanji or TokenKind.Katakana && !first.SpaceBefore && first.Start == before.End
            && before.Kind is TokenKind.Kanji or TokenKind.Katakana or TokenKind.Latin;
    }

    // A one-kanji word (守, 店) inside a run of kanji is more likely part of an unknown compound (保守)
    // than a word of its own; leaving it unknown keeps the compound's character pairs.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsKanjiInsideCompound(ReadOnlySpan<Token> tokens, int index)
    {
        ref readonly var token = ref tokens[index];
        if (token.Kind != TokenKind.Kanji)
        {
            return false;
        }

        var before = index > 0 && !token.SpaceBefore && tokens[index - 1].Kind == TokenKind.Kanji;
        var after = index + 1 < tokens.Length && !tokens[index + 1].SpaceBefore && tokens[index + 1].Kind == TokenKind.Kanji;
        return before || after;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Relax(Span<int> cost, Span<int> back, Span<int> node, int from, int to, int value, int entryNode)
    {
        // Ties keep the earlier, longer dictionary word: dictionary steps are tried before unknown ones.
        if (value < cost[to])
        {
            cost[to] = value;
            back[to] = from;
            node[to] = entryNode;
        }
    }

    // Unknown kanji and hiragana: overlapping pairs, leaving out pairs that start with hiragana
    // (particles and grammar: を手, した, たい) and pairs of a kanji and the hiragana that conjugate it
    // (受け, 行っ, 扱っ: the stem of any verb, 受けられる as much as 受けていません); a kanji standing alone
    // counts on its own unless it is a function word (今, 各, 他: see FunctionKanji).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EmitCharacters(NormalizedText text, List<Token> run, List<FeatureOccurrence> features)
    {
        if (run.Count == 1 && run[0].Kind == TokenKind.Kanji && !FunctionKanji.Contains((char)run[0].Key))
        {
            var t = run[0];
            features.Add(new FeatureOccurrence(UnigramKind | (uint)t.Key, CharacterWeight, text.OriginalStart(t.Start), text.OriginalEnd(t.End)));
        }

        for (var i = 0; i + 1 < run.Count; i++)
        {
            var a = run[i];
            var b = run[i + 1];
            if (a.Kind == TokenKind.Hiragana || b.Kind == TokenKind.Hiragana)
            {
                continue;
            }

            var key = BigramKind | (a.Key << 16) | b.Key;
            features.Add(new FeatureOccurrence(key, CharacterWeight, text.OriginalStart(a.Start), text.OriginalEnd(b.End)));
        }

        run.Clear();
    }

    // Kanji that, standing alone between kana, are grammar or time words rather than topics: 今お使いの,
    // 各種, 他の, 弊社. A topic written in one kanji (猫, 酒, 家) still counts.
    private static readonly HashSet<char> FunctionKanji = ['今', '各', '他', '等', '的', '当', '弊', '御', '貴', '様', '方', '毎', '全', '再', '未', '非', '無', '不', '可', '以', '中', '内', '外', '上', '下', '前', '後', '時', '日', '月', '年', '間', '頃', '度', '回', '些'];

    [ThreadStatic]
    private static PhraseBuffers? _phraseBuffers;

    [ThreadStatic]
    private static List<Token>? _tokenBuffer;

    /// <summary>Per-thread buffers for segmenting one phrase at a time.</summary>
    private sealed class PhraseBuffers
    {
        private int[] _cost = new int[64];
        private int[] _back = new int[64];
        private int[] _node = new int[64];

        public List<(int Start, int End, int Node)> Segments { get; } = [];

        public List<Token> UnknownRun { get; } = [];

        public Span<int> Cost(int length) => Grow(ref _cost, length);

        public Span<int> Back(int length) => Grow(ref _back, length);

        public Span<int> Node(int length) => Grow(ref _node, length);

        private static Span<int> Grow(ref int[] array, int length)
        {
            if (array.Length < length)
            {
                array = new int[Math.Max(length, array.Length * 2)];
            }

            return array.AsSpan(0, length);
        }
    }
}
