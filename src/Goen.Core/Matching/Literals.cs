using System.Buffers;
using System.Collections.Frozen;

namespace Goen.Core.Matching;

/// <summary>
/// A set of literal words found in text by their first characters: the characters are searched with one vectorized
/// <see cref="SearchValues{T}"/> of <see langword="char"/>, and only the words starting with the character found are compared.
/// </summary>
/// <remarks>Finds exactly what <c>IndexOfAny(SearchValues.Create(words, StringComparison.Ordinal))</c> finds. That search
/// walks an Aho–Corasick automaton whose steps on Japanese text are dictionary lookups, one per character: in a sampled
/// profile of <c>goen suggest</c> at 50,000 people the licensed professions' look (<see cref="ScopeFacets"/>) went from 0.7 % to
/// 0.1 % of all samples; the role and object words (<see cref="WordFinder{T}"/>, whose lists start with common characters)
/// cost about the same either way (docs/decisions/0016-suggest-speed.md).</remarks>
internal sealed class Literals
{
    private readonly SearchValues<char> _firsts;
    private readonly FrozenDictionary<char, string[]> _byFirst;

    /// <summary>Makes the set.</summary>
    /// <param name="words">The words; none empty.</param>
    public Literals(IEnumerable<string> words)
    {
        var all = words.Distinct(StringComparer.Ordinal).ToArray();
        if (Array.Exists(all, string.IsNullOrEmpty))
        {
            throw new ArgumentException("A literal word is empty.", nameof(words));
        }

        _firsts = SearchValues.Create([.. all.Select(w => w[0]).Distinct()]);
        _byFirst = all.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Finds the first place in <paramref name="text"/> where one of the words starts.</summary>
    /// <param name="text">The text, compared ordinally.</param>
    /// <returns>The place, or -1 when none of the words is in the text.</returns>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (true)
        {
            var found = text[at..].IndexOfAny(_firsts);
            if (found < 0)
            {
                return -1;
            }

            at += found;
            var rest = text[at..];
            foreach (var word in _byFirst[rest[0]])
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return at;
                }
            }

            at++;
        }
    }
}
