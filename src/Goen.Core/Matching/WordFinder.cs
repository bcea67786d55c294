using System.Collections.Frozen;

namespace Goen.Core.Matching;

/// <summary>
/// Literal words, each with a value, found in NFKC-folded, lower-cased text: at the next place where one of them starts, the
/// longest that stands there at a word boundary (the first listed among equally long ones). <see cref="RoleFacets"/> and
/// <see cref="ObjectFacets"/> find their words this way.
/// </summary>
/// <typeparam name="T">What a word stands for.</typeparam>
internal sealed class WordFinder<T>
{
    private readonly Literals _starts;
    private readonly FrozenDictionary<char, (string Word, T Value)[]> _byFirst;

    public WordFinder(IEnumerable<(string Word, T Value)> words)
    {
        var all = words.ToArray();
        _starts = new Literals(all.Select(w => w.Word));
        _byFirst = all.GroupBy(w => w.Word[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Finds the next place at or after <paramref name="at"/> where a word starts.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="at">Where to look from.</param>
    /// <param name="word">The longest word there at a word boundary; an empty word and the default value when none is.</param>
    /// <returns>The place, or -1 when no word starts after <paramref name="at"/>.</returns>
    public int Next(string folded, int at, out (string Word, T Value) word)
    {
        word = (string.Empty, default!);
        var found = _starts.IndexOfAny(folded.AsSpan(at));
        if (found < 0)
        {
            return -1;
        }

        at += found;
        foreach (var entry in _byFirst[folded[at]])
        {
            if (entry.Word.Length > word.Word.Length && folded.AsSpan(at).StartsWith(entry.Word, StringComparison.Ordinal) && Bounded(folded, at, entry.Word))
            {
                word = entry;
            }
        }

        return at;
    }

    // An English word starts and ends at a word boundary ("rent" is not in "parent", "current"); Japanese words have none.
    private static bool Bounded(string text, int at, string word)
    {
        if (!char.IsAsciiLetter(word[0]))
        {
            return true;
        }

        var end = at + word.Length;
        return (at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsAsciiLetter(text[end]) || word[^1] == ' ');
    }
}
