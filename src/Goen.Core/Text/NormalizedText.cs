using System.Runtime.CompilerServices;

namespace Goen.Core.Text;

/// <summary>
/// Text folded for comparison (NFKC, width and case folded), with the way back to the original.
/// </summary>
/// <remarks>
/// Matching happens on <see cref="Value"/>; what users see (reasons, topics) is cut from
/// <see cref="Original"/> with <see cref="OriginalSpan"/>, so people read their own words.
/// </remarks>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string original, string value, int[] starts, int[] ends)
    {
        Original = original;
        Value = value;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Gets the text as it was given.</summary>
    public string Original { get; }

    /// <summary>Gets the folded text: NFKC, lower case, without variation selectors.</summary>
    public string Value { get; }

    /// <summary>Gets the part of <see cref="Original"/> that produced the folded characters [start, end).</summary>
    /// <param name="start">Index of the first folded character.</param>
    /// <param name="end">Index one past the last folded character.</param>
    /// <returns>The original substring, as the person wrote it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside <see cref="Value"/> or empty.</exception>
    public string OriginalSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Value.Length);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        return Original[OriginalStart(start)..OriginalEnd(end)];
    }

    /// <summary>Gets where in <see cref="Original"/> the folded character at <paramref name="index"/> begins.</summary>
    /// <param name="index">Index into <see cref="Value"/>.</param>
    /// <returns>Index into <see cref="Original"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int OriginalStart(int index) => _starts[index];

    /// <summary>Gets where in <see cref="Original"/> the folded characters before <paramref name="end"/> end.</summary>
    /// <param name="end">Index one past a character of <see cref="Value"/>.</param>
    /// <returns>Index one past the corresponding original character.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int OriginalEnd(int end) => _ends[end - 1];
}
