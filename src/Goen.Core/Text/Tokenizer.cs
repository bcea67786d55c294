using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace Goen.Core.Text;

/// <summary>
/// Splits folded text into Latin words (stop words removed, stemmed), numbers, single Japanese
/// characters and phrase boundaries.
/// </summary>
/// <remarks>
/// Japanese is written without spaces, so it is left as characters here; <c>Matching.TermAnalyzer</c>
/// segments it with the vocabulary. White space is not a boundary (people write "web site" and
/// 「ホーム ページ」), but punctuation such as 、 , / ( is.
/// </remarks>
public static class Tokenizer
{
    private static readonly ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);

    // Krovetz stemming (KStem) rather than Porter: it returns real words and keeps apart what Porter
    // merges (engineer / engine, developer / development), which matters for cross-language synonyms.
    private static readonly Analyzer KStem = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new KStemFilter(source));
    });

    // Function words that carry no meaning for matching offers to needs. Kept short on purpose:
    // domain words ("help", "looking") are weighed by rarity, not dropped.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "do", "does", "for",
        "from", "had", "has", "have", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or",
        "our", "so", "such", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
        "was", "we", "were", "will", "with", "would", "you", "your", "who", "what", "which", "also", "etc",
        "e.g", "eg", "i'm", "im", "i've", "ive", "i'd", "am", "about", "any", "some", "other", "more", "very",
        "all", "want", "wants", "need", "needs", "looking", "seeking", "someone", "somebody", "people",
        "person", "help", "helping", "like", "love", "especially", "mainly", "well", "new", "good",
    };

    /// <summary>Tokenizes folded text.</summary>
    /// <param name="text">Text from <see cref="TextNormalizer.Normalize(string?)"/>.</param>
    /// <returns>The tokens in order; boundaries appear only between other tokens.</returns>
    public static List<Token> Tokenize(NormalizedText text)
    {
        var tokens = new List<Token>(text?.Value.Length ?? 0);
        Tokenize(text!, tokens);
        return tokens;
    }

    /// <summary>Tokenizes folded text into a list the caller reuses.</summary>
    /// <param name="text">Text from <see cref="TextNormalizer.Normalize(string?)"/>.</param>
    /// <param name="tokens">Cleared, then filled with the tokens in order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tokenize(NormalizedText text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        tokens.Clear();
        var value = text.Value;
        var space = false;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var end = WordEnd(value, i);
                AddWord(text, tokens, i, end, space);
                space = false;
                i = end;
                continue;
            }

            var kind = c switch
            {
                _ when TextNormalizer.IsKanji(c) => TokenKind.Kanji,
                _ when TextNormalizer.IsHiragana(c) => TokenKind.Hiragana,
                _ when TextNormalizer.IsKatakana(c) => TokenKind.Katakana,
                _ => TokenKind.Boundary,
            };
            if (kind == TokenKind.Boundary)
            {
                if (tokens.Count > 0 && tokens[^1].Kind != TokenKind.Boundary)
                {
                    tokens.Add(new Token(TokenKind.Boundary, 0, i, i + 1, space, null));
                }
            }
            else
            {
                // Kana keep their script: hiragana たい (grammar, "want to") must not match katakana タイ
                // (Thailand, a necktie). Dictionaries list the hiragana spellings they mean (ねこ, ネコ).
                tokens.Add(new Token(kind, c, i, i + 1, space, null));
            }

            space = false;
            i++;
        }

        if (tokens.Count > 0 && tokens[^1].Kind == TokenKind.Boundary)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }
    }

    /// <summary>Gets the stem of an English word (Krovetz stemmer), cached.</summary>
    /// <param name="word">A lower-case word.</param>
    /// <returns>The stem: "hiring" → "hire", "websites" → "website", "engineers" → "engineer".</returns>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || word.AsSpan().ContainsAnyExcept(AsciiLetters))
        {
            return word;
        }

        return StemCache.GetOrAdd(word, static w =>
        {
            using var stream = KStem.GetTokenStream("word", w);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var stem = stream.IncrementToken() ? term.ToString() : w;
            stream.End();
            return stem;
        });
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a), used as the identity of words and terms.</summary>
    /// <param name="text">The text to hash.</param>
    /// <returns>The hash; equal strings give equal hashes on every run and machine.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)(hash & 0x0FFF_FFFF_FFFF_FFFFUL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c is >= 'À' and <= 'ɏ' && char.IsLetter(c));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordEnd(string value, int start)
    {
        var end = start;
        while (end < value.Length)
        {
            var c = value[end];
            if (IsWordChar(c))
            {
                end++;
            }
            else if (c is '&' or '\'' or '’' && end + 1 < value.Length && IsWordChar(value[end + 1]) && end > start)
            {
                // M&A, R&D, I'm: one word.
                end++;
            }
            else
            {
                break;
            }
        }

        // C++, C#, F#: the symbols are part of the name.
        while (end < value.Length && value[end] is '+' or '#' && end - start <= 2)
        {
            end++;
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddWord(NormalizedText text, List<Token> tokens, int start, int end, bool space)
    {
        var word = text.Value[start..end].Replace('’', '\'');
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        // Not word.All(char.IsAsciiDigit): that makes an enumerator for every word of every profile.
        if (word.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            tokens.Add(new Token(TokenKind.Number, Hash(word) | NumberTag, start, end, space, word));
            return;
        }

        // "IT" and "US" in capitals are words, not the pronouns.
        if (StopWords.Contains(word) && !IsUpperAcronym(text.OriginalSpan(start, end)))
        {
            return;
        }

        var stem = Stem(word);
        tokens.Add(new Token(TokenKind.Latin, Hash(stem) | LatinTag, start, end, space, stem));
    }

    // A loop over the span: string.All would make an enumerator for every word of every profile.
    private static bool IsUpperAcronym(string original)
    {
        if (original.Length < 2)
        {
            return false;
        }

        foreach (var c in original)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private const long LatinTag = 1L << 60;
    private const long NumberTag = 2L << 60;
}
