namespace Goen.Core.Profiles;

/// <summary>Finds which field of a CSV record a position falls in, for error messages.</summary>
internal static class CsvLocation
{
    /// <summary>Gets the 1-based number of the field that contains <paramref name="index"/>.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="recordStart">Where the record begins.</param>
    /// <param name="index">The position of interest; for a quote that never closes, the end of the text.</param>
    /// <param name="separator">The field separator.</param>
    /// <returns>The field number, counting separators outside quotes; for an unclosed quote, the field it opened.</returns>
    public static int FieldNumber(string text, int recordStart, int index, char separator = ',')
    {
        var field = 1;
        var quoted = false;
        var fieldOfOpenQuote = 1;
        for (var i = recordStart; i < index && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
                if (quoted)
                {
                    fieldOfOpenQuote = field;
                }
            }
            else if (c == separator && !quoted)
            {
                field++;
            }
        }

        return quoted ? fieldOfOpenQuote : field;
    }

    /// <summary>Gets the index where 1-based line <paramref name="line"/> of <paramref name="text"/> starts.</summary>
    /// <param name="text">The text.</param>
    /// <param name="line">A line number.</param>
    /// <returns>The index of the line's first character (the text's length past the last line).</returns>
    public static int LineStart(string text, int line)
    {
        var index = 0;
        for (var l = 1; l < line; l++)
        {
            var next = text.IndexOf('\n', index);
            if (next < 0)
            {
                return text.Length;
            }

            index = next + 1;
        }

        return index;
    }

    /// <summary>Converts an offset in the UTF-8 encoding of <paramref name="text"/> to a character index.</summary>
    /// <param name="text">The text.</param>
    /// <param name="byteOffset">An offset into its UTF-8 bytes.</param>
    /// <returns>The index of the character at that offset.</returns>
    public static int CharIndex(string text, long byteOffset)
    {
        long bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (bytes >= byteOffset)
            {
                return i;
            }

            var c = text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }

        return text.Length;
    }

    /// <summary>Gets the 1-based line that <paramref name="index"/> is on.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">A character index.</param>
    /// <returns>The line number.</returns>
    public static int LineOf(string text, int index) => text.AsSpan(0, Math.Min(index, text.Length)).Count('\n') + 1;
}
