using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Goen.Core.Text;

/// <summary>
/// Folds text so that the same words compare equal however they were typed: NFKC (full-width ＡＩ and
/// half-width ｶﾀｶﾅ become ai and カタカナ), lower case, and variation selectors dropped.
/// </summary>
/// <remarks>
/// Kana script (ひらがな versus カタカナ) is kept here because the tokenizer needs it to tell
/// grammatical hiragana from words; <see cref="Fold(char)"/> folds it where matching needs that.
/// Each character is normalized with the marks that follow it, so half-width voiced kana (ｶﾞ) compose
/// correctly while every folded character still knows where it came from.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Folds <paramref name="text"/> for comparison, keeping a map back to the original.</summary>
    /// <param name="text">Any text; <see langword="null"/> is treated as empty.</param>
    /// <returns>The folded text.</returns>
    public static NormalizedText Normalize(string? text)
    {
        text ??= "";
        var buffers = _normalizeBuffers ??= new NormalizeBuffers();
        var value = Fold(text, buffers);
        return new NormalizedText(text, value, buffers.Starts.AsSpan(0, value.Length).ToArray(), buffers.Ends.AsSpan(0, value.Length).ToArray());
    }

    /// <summary>Folds a text as <see cref="Normalize"/> does, the map back to the original kept in this thread's own
    /// buffers: valid only until the thread's next call of this method.</summary>
    /// <remarks>For an analyser that is done with one text before it folds the next (<c>TermAnalyzer.Analyze</c>): the two
    /// maps of every offer, need and interest of a large community are then not made and dropped, text after text.</remarks>
    internal static NormalizedText NormalizeTransient(string? text)
    {
        text ??= "";
        var buffers = _transientBuffers ??= new NormalizeBuffers();
        var value = Fold(text, buffers);
        return new NormalizedText(text, value, buffers.Starts, buffers.Ends);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Fold(string text, NormalizeBuffers buffers)
    {
        var value = buffers.Value.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var chunkEnd = ChunkEnd(text, i);
            var c = text[i];
            if (chunkEnd == i + 1 && TryFoldSimple(c, out var folded))
            {
                if (folded != '\0')
                {
                    buffers.Add(value, folded, i, chunkEnd);
                }
            }
            else
            {
                var normalized = text[i..chunkEnd].Normalize(NormalizationForm.FormKC).ToLowerInvariant();
                foreach (var n in normalized)
                {
                    if (IsVariationSelector(n))
                    {
                        continue;
                    }

                    buffers.Add(value, n, i, chunkEnd);
                }
            }

            i = chunkEnd;
        }

        return value.ToString();
    }

    // Reused per thread: analysing tens of thousands of profiles should not grow three buffers per text. The transient
    // ones are separate, so a Normalize call made while a transient text is in use leaves its map alone.
    [ThreadStatic]
    private static NormalizeBuffers? _normalizeBuffers;

    [ThreadStatic]
    private static NormalizeBuffers? _transientBuffers;

    private sealed class NormalizeBuffers
    {
        public StringBuilder Value { get; } = new(256);

        // Where each folded character came from, for the characters folded so far (Value.Length of them).
        public int[] Starts { get; private set; } = new int[256];

        public int[] Ends { get; private set; } = new int[256];

        public void Add(StringBuilder value, char folded, int start, int end)
        {
            var at = value.Length;
            if (at == Starts.Length)
            {
                // A new pair of arrays, not a resize in place: a transient text handed out earlier keeps its own.
                Starts = [.. Starts, .. new int[at]];
                Ends = [.. Ends, .. new int[at]];
            }

            value.Append(folded);
            Starts[at] = start;
            Ends[at] = end;
        }
    }

    /// <summary>Gets the NFKC form of a text in lower case: what <c>text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()</c>
    /// gives, with no normalization call for text made only of characters both leave alone or fold one to one.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text, with the same characters in the same places when no character needs full NFKC.</returns>
    /// <remarks>Clause finders fold every clause of every offer; most Japanese and English text needs no lookup.</remarks>
    public static string NfkcLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            // A variation selector stays in NFKC (Normalize drops it), so it takes the full path too.
            if (!TryFoldSimple(c, out _) || IsVariationSelector(c))
            {
                return text.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
            }
        }

        return string.Create(text.Length, text, static (into, from) =>
        {
            for (var i = 0; i < from.Length; i++)
            {
                TryFoldSimple(from[i], out into[i]);
            }
        });
    }

    /// <summary>Folds a string for use as a key (header names, dictionary entries, names).</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text, with kana folded to katakana and runs of white space collapsed.</returns>
    public static string FoldKey(string text)
    {
        // Only the folded text is needed, not the map back to the original that Normalize copies out.
        var value = Fold(text ?? "", _normalizeBuffers ??= new NormalizeBuffers());
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    /// <summary>Whether two texts are the same words once folded, white space aside ("Web site" and "ｗｅｂ　ｓｉｔｅ").</summary>
    /// <param name="a">A text.</param>
    /// <param name="b">Another text.</param>
    /// <returns><see langword="true"/> when their <see cref="FoldKey"/> forms agree but for spaces.</returns>
    /// <remarks>Allocates nothing unless a character needs full NFKC normalization.</remarks>
    public static bool SameWords(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsWhiteSpace(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (!TryFoldSimple(a[i], out var x) || !TryFoldSimple(b[j], out var y))
            {
                return FoldKey(a.ToString()).Replace(" ", "", StringComparison.Ordinal) == FoldKey(b.ToString()).Replace(" ", "", StringComparison.Ordinal);
            }

            if (Fold(x) != Fold(y))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>Folds hiragana to katakana; leaves every other character alone.</summary>
    /// <param name="c">A character of folded text.</param>
    /// <returns>The katakana for a hiragana letter, else <paramref name="c"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c is >= 'ぁ' and <= 'ゖ' or 'ゝ' or 'ゞ' ? (char)(c + 0x60) : c;

    /// <summary>Whether <paramref name="c"/> is a hiragana letter.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for ぁ…ゖ.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHiragana(char c) => c is >= 'ぁ' and <= 'ゖ';

    /// <summary>Whether <paramref name="c"/> is a katakana letter or the long vowel mark.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for ァ…ヺ and ー.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsKatakana(char c) => c is >= 'ァ' and <= 'ヺ' or 'ー';

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph (kanji) or the repetition mark 々.</summary>
    /// <param name="c">A character.</param>
    /// <returns><see langword="true"/> for ideographs of the basic block and extension A, and 々.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々' or '〆';

    // Most characters in Japanese and English text are already NFKC-stable; folding them directly keeps
    // analysis of tens of thousands of profiles fast. '\0' means "drop".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryFoldSimple(char c, out char folded)
    {
        if (c < 0x80)
        {
            folded = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            return true;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            var ascii = (char)(c - 0xFEE0);
            folded = ascii is >= 'A' and <= 'Z' ? (char)(ascii + 32) : ascii;
            return true;
        }

        if (IsKanji(c) || IsHiragana(c) || c is >= 'ァ' and <= 'ヶ' or 'ー' or '・' or '、' or '。' or '「' or '」')
        {
            folded = c;
            return true;
        }

        if (c == '\u3000')
        {
            folded = ' ';
            return true;
        }

        if (IsVariationSelector(c))
        {
            folded = '\0';
            return true;
        }

        folded = c;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsVariationSelector(char c) => c is >= '\uFE00' and <= '\uFE0F';

    // A chunk is one character (or surrogate pair) with the combining marks that follow it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ChunkEnd(string text, int start)
    {
        var end = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1);
        while (end < text.Length && IsCombining(text, end))
        {
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCombining(string text, int index)
    {
        var c = text[index];
        if (c is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A' || IsVariationSelector(c))
        {
            return true;
        }

        if (c < 0x300)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
