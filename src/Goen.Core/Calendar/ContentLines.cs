using System.Text;

namespace Goen.Core.Calendar;

/// <summary>Folds iCalendar content lines at 75 octets without splitting a character.</summary>
/// <remarks>
/// Ical.Net 5.2.4 folds one UTF-16 code unit at a time, so it may break a line between the two halves of a
/// surrogate pair (an emoji); the halves then reach UTF-8 as two U+FFFD replacement characters and the emoji
/// is lost to every reader. Refolding by Unicode scalar value keeps each UTF-8 sequence on one line, as
/// RFC 5545 section 3.1 asks.
/// </remarks>
internal static class ContentLines
{
    private const int MaxOctets = 75;
    private const string LineBreak = "\r\n";

    /// <summary>Unfolds serialized iCalendar text and folds it again, scalar by scalar.</summary>
    /// <param name="text">iCalendar text with CRLF line breaks, folded or not.</param>
    /// <returns>The same content lines, each at most 75 octets and ending with CRLF.</returns>
    public static string Refold(string text)
    {
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
        var result = new StringBuilder(text.Length + (text.Length / 20));
        foreach (var line in unfolded.Split(LineBreak))
        {
            if (line.Length > 0)
            {
                Fold(line, result);
            }
        }

        return result.ToString();
    }

    private static void Fold(string line, StringBuilder result)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxOctets)
            {
                result.Append(LineBreak).Append(' ');
                octets = 1;
            }

            result.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        result.Append(LineBreak);
    }
}
