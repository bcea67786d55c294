using System.Globalization;
using System.Text;
using System.Xml;

namespace Goen.Core.Circulation;

/// <summary>Fits people's names and short phrases into the room a picture has for them.</summary>
/// <remarks>
/// Width is measured in columns, as a terminal would: a full-width character (kanji, kana, full-width forms,
/// Hangul, most emoji) takes two, anything else one. That is an estimate of how the text will render, erring wide,
/// which is what matters for not overrunning the picture. Cutting is by whole text elements, so a surrogate pair,
/// an emoji sequence or a base letter with its combining marks is never split.
/// </remarks>
internal static class LabelText
{
    private const string Ellipsis = "…";

    // Japanese does not start a line with closing punctuation; it may hang past the end of the line instead (ぶら下がり).
    private const string ClosingPunctuation = "、。，．」』）〉》】！？";

    /// <summary>Makes text safe for one line of XML: control characters and line breaks become spaces, characters
    /// XML cannot hold are dropped, runs of spaces become one, and the ends are trimmed.</summary>
    /// <remarks>The ideographic space (U+3000) between a Japanese family and given name is kept as it is.</remarks>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder.Append(c).Append(text[++i]);
                space = false;
            }
            else if (c is ' ' or '\u2028' or '\u2029' || char.IsControl(c))
            {
                if (!space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = true;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
                space = false;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Gets the width of text in columns.</summary>
    public static int Columns(string text)
    {
        var columns = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            columns += ElementColumns(enumerator.GetTextElement());
        }

        return columns;
    }

    /// <summary>Cuts text to at most <paramref name="columns"/> columns, ending it with an ellipsis when cut.</summary>
    public static string Fit(string text, int columns)
    {
        if (Columns(text) <= columns)
        {
            return text;
        }

        var room = columns - Columns(Ellipsis);
        var builder = new StringBuilder();
        var used = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var width = ElementColumns(element);
            if (used + width > room)
            {
                break;
            }

            builder.Append(element);
            used += width;
        }

        return builder.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>Breaks text into lines of at most <paramref name="columns"/> columns, at spaces where there are
    /// any and anywhere in text without them (as Japanese is written), cutting the last line when there would be
    /// more than <paramref name="maxLines"/>.</summary>
    /// <remarks>Japanese closing punctuation (、。」…) is never moved to the start of a line; it hangs one character past
    /// the end of the line before instead.</remarks>
    public static IReadOnlyList<string> Wrap(string text, int columns, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var width = ElementColumns(element);
            if (used + width > columns && line.Length > 0 && !ClosingPunctuation.Contains(element, StringComparison.Ordinal))
            {
                var current = line.ToString();
                var lastSpace = current.LastIndexOf(' ');
                if (element == " ")
                {
                    lines.Add(current);
                    line.Clear();
                    used = 0;
                    continue;
                }

                if (lastSpace > 0)
                {
                    lines.Add(current[..lastSpace]);
                    line.Clear().Append(current[(lastSpace + 1)..]);
                }
                else
                {
                    lines.Add(current);
                    line.Clear();
                }

                used = Columns(line.ToString());
            }

            line.Append(element);
            used += width;
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        if (lines.Count > maxLines)
        {
            var last = lines[maxLines - 1];
            lines.RemoveRange(maxLines - 1, lines.Count - maxLines + 1);
            lines.Add(Columns(last) + Columns(Ellipsis) <= columns ? last + Ellipsis : Fit(last, Columns(last) - 1));
        }

        return lines;
    }

    private static int ElementColumns(string element) =>
        element.Length == 0 ? 0 : IsWide(Rune.GetRuneAt(element, 0).Value) ? 2 : 1;

    // The East Asian Wide and Fullwidth blocks (UAX #11) that names and short phrases use, and the emoji planes.
    // The ellipsis itself is ambiguous width; Japanese fonts draw it wide, so it counts as two.
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
            or 0x2026
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F900 and <= 0x1F9FF
            or >= 0x20000 and <= 0x3FFFD;
}
