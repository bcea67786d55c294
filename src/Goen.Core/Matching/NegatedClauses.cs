using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// Finds the clauses of an offer that rule something out: 「税務申告は受けていません」, 「通訳はお受けしていません」,
/// 「施工は行っていません」, "No organic social media", "(no written translation)". What such a clause names is
/// not offered, so it must not meet anyone's need.
/// </summary>
/// <remarks>
/// <para>A text is cut into clauses at sentence and phrase punctuation (。．.、，,;；:：!！?？, brackets, line
/// breaks) and before "but", "however", ただし, 但し, なお, しかし. List marks (・, /) do not cut: a negation at the end
/// of a list rules out the whole list (「翻訳・通訳は受けていません」).</para>
/// <para>A clause is negated when it holds a Japanese negative ending (〜ていません, 〜ておりません, 〜しません,
/// 〜できません, 〜ていない, 不可, 対象外, お断り, 〜以外) or an English negation word (not, no, don't, do not,
/// doesn't, never, except, excluding). Endings that only look negative are left alone: 構いません and
/// 問いません ("any is fine"), 〜ませんか (an invitation), 以外も/以外にも/以外の ("besides"), 〜しか〜ません ("only"),
/// "not only", "no matter", "no-code".</para>
/// <para>Only the clause itself is dropped; the rest of the offer still counts, and the whole text is kept for
/// the reasons of the other clauses.</para>
/// </remarks>
public static class NegatedClauses
{
    private static readonly string[] JapaneseNegations =
    [
        "ていません", "でいません", "ておりません", "でおりません", "ていない", "ておらず", "しません", "やりません", "できません",
        "受けません", "扱いません", "行いません", "致しません", "いたしません", "不可", "対象外", "お断り", "以外",
    ];

    private static readonly string[] LooksNegative = ["構いません", "かまいません", "問いません", "といません", "ませんか", "以外も", "以外にも", "以外の"];

    private static readonly string[] EnglishNegations = ["not", "no", "don't", "dont", "do not", "doesn't", "does not", "never", "except", "excluding"];

    private static readonly string[] EnglishNotNegations = ["not only", "no matter", "no-code", "no code", "no-show", "not just"];

    private static readonly string[] ClauseStarts = ["but", "however", "ただし", "但し", "なお", "しかし"];

    /// <summary>Finds the negated clauses of a text.</summary>
    /// <param name="text">Free text; <see langword="null"/> or empty has none.</param>
    /// <returns>The negated clauses as [start, end) ranges of <paramref name="text"/>, in text order.</returns>
    public static List<(int Start, int End)> Find(string? text)
    {
        var found = new List<(int Start, int End)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        foreach (var (start, end) in Clauses(text))
        {
            if (IsNegated(text.AsSpan(start, end - start)))
            {
                found.Add((start, end));
            }
        }

        return found;
    }

    /// <summary>Blanks the given ranges of a text (its negated clauses), keeping every other character where it was.</summary>
    /// <param name="text">The text.</param>
    /// <param name="ranges">[start, end) ranges of <paramref name="text"/>, as <see cref="Find"/> gives them.</param>
    /// <returns>The text with each range's characters replaced by spaces; the text itself when there are none.</returns>
    public static string Without(string text, IReadOnlyList<(int Start, int End)> ranges)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var (start, end) in ranges)
        {
            chars.AsSpan(start, end - start).Fill(' ');
        }

        return new string(chars);
    }

    /// <summary>Cuts a text into clauses at punctuation, brackets and the words that start a contrast.</summary>
    /// <param name="text">Free text.</param>
    /// <returns>The non-empty clauses as [start, end) ranges of <paramref name="text"/>, in text order.</returns>
    public static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var cut = i == text.Length || IsSeparator(text, i);
            var startsClause = !cut && i > start && StartsClause(text, i);
            if (cut || startsClause)
            {
                if (i > start)
                {
                    yield return (start, i);
                }

                start = cut ? i + 1 : i;
            }
        }
    }

    /// <summary>Whether one clause rules something out.</summary>
    /// <param name="clause">The clause.</param>
    /// <returns><see langword="true"/> when the clause holds a negation.</returns>
    public static bool IsNegated(ReadOnlySpan<char> clause)
    {
        var folded = TextNormalizer.NfkcLower(clause).Replace('’', '\'');

        // 「翻訳しかやっていません」 says what is offered: only that.
        if (folded.Replace("しかし", "", StringComparison.Ordinal).Replace("しかも", "", StringComparison.Ordinal).Contains("しか", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var ending in JapaneseNegations)
        {
            var at = folded.IndexOf(ending, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (!CoveredByAny(folded, at, ending.Length, LooksNegative))
                {
                    return true;
                }

                at = folded.IndexOf(ending, at + 1, StringComparison.Ordinal);
            }
        }

        foreach (var word in EnglishNegations)
        {
            for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                var whole = (at == 0 || !char.IsLetter(folded[at - 1])) && (end == folded.Length || (!char.IsLetter(folded[end]) && folded[end] != '\''));
                if (whole && !StartsAny(folded, at, EnglishNotNegations))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Loops, not lambdas: a lambda over the loop's variables is a new object for every ending tried in every clause of
    // every offer (160 MB of them at 50,000 people).
    private static bool CoveredByAny(string text, int at, int length, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (Covers(text, at, length, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsAny(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a longer phrase that only looks negative (構いません, ませんか) contains the match at [at, at+length).
    private static bool Covers(string text, int at, int length, string phrase)
    {
        for (var p = text.IndexOf(phrase, Math.Max(0, at - phrase.Length), StringComparison.Ordinal); p >= 0 && p <= at + length; p = text.IndexOf(phrase, p + 1, StringComparison.Ordinal))
        {
            if (p < at + length && p + phrase.Length > at)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            '。' or '．' or '、' or '，' or ',' or ';' or '；' or ':' or '：' or '!' or '！' or '?' or '？' or '\n' or '\r' => true,
            '(' or ')' or '（' or '）' or '[' or ']' or '「' or '」' or '【' or '】' or '『' or '』' => true,

            // A full stop ends a sentence, not a number (2.5) or an abbreviation inside a word (e.g.).
            '.' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
            _ => false,
        };
    }

    private static bool StartsClause(string text, int i)
    {
        foreach (var word in ClauseStarts)
        {
            if (string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            if (char.IsAsciiLetter(word[0]))
            {
                var end = i + word.Length;
                if ((i > 0 && char.IsLetter(text[i - 1])) || (end < text.Length && char.IsLetter(text[end])))
                {
                    continue;
                }
            }

            return true;
        }

        return false;
    }
}
