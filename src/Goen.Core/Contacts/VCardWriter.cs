using System.Text;

namespace Goen.Core.Contacts;

/// <summary>Writes contacts as a vCard 4.0 (RFC 6350) file that phones and address books import.</summary>
/// <remarks>
/// <para>
/// Each contact becomes one card with FN, N, ORG, TITLE, EMAIL, TEL, NOTE, URL and UID; empty fields are
/// left out. The reading of a name is written twice: as SORT-AS on N, which is the standard, and as
/// X-PHONETIC-LAST-NAME and X-PHONETIC-FIRST-NAME, which are what iOS and Google Contacts read.
/// </para>
/// <para>
/// Text is escaped as RFC 6350 says (backslash, comma, semicolon, newline), lines are folded at 75 octets
/// without splitting a UTF-8 sequence, and lines end with CRLF. The result is text: save it as UTF-8
/// without a byte order mark.
/// </para>
/// </remarks>
public static class VCardWriter
{
    private const int MaxLineOctets = 75;

    /// <summary>Writes <paramref name="contacts"/> as one vCard 4.0 file.</summary>
    /// <param name="contacts">The contacts, written in this order.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contacts"/> or one of them is <see langword="null"/>.</exception>
    public static string Write(IEnumerable<VCardContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var output = new StringBuilder();
        foreach (var contact in contacts)
        {
            ArgumentNullException.ThrowIfNull(contact, nameof(contacts));
            WriteCard(output, contact);
        }

        return output.ToString();
    }

    private static void WriteCard(StringBuilder output, VCardContact contact)
    {
        Line(output, "BEGIN:VCARD");
        Line(output, "VERSION:4.0");
        var formatted = contact.FormattedName.Trim().Length > 0 ? contact.FormattedName : $"{contact.FamilyName} {contact.GivenName}".Trim();
        Line(output, "FN:" + Escape(formatted));
        var hasReading = contact.PhoneticFamilyName.Length > 0 || contact.PhoneticGivenName.Length > 0;
        var sortAs = hasReading ? $";SORT-AS=\"{Parameter(contact.PhoneticFamilyName)},{Parameter(contact.PhoneticGivenName)}\"" : "";
        Line(output, $"N{sortAs}:{Escape(contact.FamilyName)};{Escape(contact.GivenName)};;;");
        Optional(output, "X-PHONETIC-LAST-NAME", contact.PhoneticFamilyName);
        Optional(output, "X-PHONETIC-FIRST-NAME", contact.PhoneticGivenName);
        Optional(output, "ORG", contact.Organization);
        Optional(output, "TITLE", contact.Title);
        foreach (var email in contact.Emails)
        {
            Optional(output, "EMAIL", email);
        }

        // TEL as text (the vCard 3 form RFC 6350 still allows), not VALUE=uri:tel:. A number as people
        // type it (090-1234-5678) is not a valid tel: URI without a country code or phone-context, and
        // iOS and Google Contacts both read the text form the same way they read their own 3.0 exports.
        foreach (var phone in contact.Phones)
        {
            Optional(output, "TEL", phone);
        }

        Optional(output, "NOTE", contact.Note);

        // URL and UID are URIs, which RFC 6350 does not escape; only line breaks, which no URI holds, are removed.
        if (contact.Url.Length > 0)
        {
            Line(output, "URL:" + NoLineBreaks(contact.Url));
        }

        if (contact.Uid.Length > 0)
        {
            Line(output, "UID:" + NoLineBreaks(contact.Uid));
        }

        Line(output, "END:VCARD");
    }

    private static void Optional(StringBuilder output, string name, string value)
    {
        if (value.Length > 0)
        {
            Line(output, $"{name}:{Escape(value)}");
        }
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                ',' => builder.Append(@"\,"),
                ';' => builder.Append(@"\;"),
                '\n' => builder.Append(@"\n"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    // A parameter value is quoted; RFC 6868 writes a quote, a caret and a newline inside it as ^' ^^ ^n.
    // A comma would split the SORT-AS list, so it becomes a space.
    private static string Parameter(string value) =>
        value.Replace("^", "^^", StringComparison.Ordinal)
            .Replace("\"", "^'", StringComparison.Ordinal)
            .ReplaceLineEndings("^n")
            .Replace(',', ' ');

    private static string NoLineBreaks(string value) => value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    // Folds at 75 octets (RFC 6350 §3.2): a continuation line starts with one space, which counts toward
    // its 75. A character is never split, so no line holds half of a UTF-8 sequence.
    private static void Line(StringBuilder output, string line)
    {
        var octets = 0;
        var index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, index, rune.Utf16SequenceLength);
            index += rune.Utf16SequenceLength;
            octets += size;
        }

        output.Append("\r\n");
    }
}
