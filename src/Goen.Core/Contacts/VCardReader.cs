using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using MimeKit.Encodings;

namespace Goen.Core.Contacts;

/// <summary>
/// Reads vCard (.vcf) files as phones and address books export them: vCard 2.1 (Outlook, Japanese
/// feature phones, older Android), 3.0 (iOS, Google Contacts, Android) and 4.0 (RFC 6350).
/// </summary>
/// <remarks>
/// <para>
/// The file's encoding is found without being told: UTF-8 with or without a byte order mark, UTF-16 with
/// one, else Shift_JIS (Windows code page 932), which is what Japanese phones wrote. A property may name
/// its own character set (CHARSET=) and be quoted-printable (ENCODING=QUOTED-PRINTABLE, with soft line
/// breaks); binary properties such as PHOTO are skipped.
/// </para>
/// <para>
/// Reading is lenient where exporters differ and strict where the file is broken: a card without a
/// name is skipped and reported in <see cref="VCardFile.Problems"/>, while a file that is not a vCard
/// at all, or whose last card is cut short, throws <see cref="VCardFormatException"/> so that a
/// half-read file is never taken for a whole one.
/// </para>
/// </remarks>
public static class VCardReader
{
    /// <summary>The most cards one file may hold; a larger file throws <see cref="VCardFormatException"/>.</summary>
    /// <remarks>An address book of a busy person has a few thousand; fifty thousand bounds the memory one upload takes.</remarks>
    public const int MaxCards = 50_000;

    private static readonly Encoding Utf8Text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly Encoding ShiftJis = CreateShiftJis();

    /// <summary>Reads the contacts in a vCard file, writing messages in the current UI culture's language.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <returns>The contacts, and the cards and properties that could not be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="VCardFormatException">
    /// The file is empty, binary, a web page, holds no BEGIN:VCARD, has a card without END:VCARD, or holds
    /// more than <see cref="MaxCards"/> cards.
    /// </exception>
    public static VCardFile Read(byte[] data) => Read(data, CultureInfo.CurrentUICulture);

    /// <summary>Reads the contacts in a vCard file, writing messages in the language of <paramref name="culture"/>.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="culture">The culture for problem and exception messages: Japanese for ja, English otherwise.</param>
    /// <returns>The contacts, and the cards and properties that could not be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="VCardFormatException">
    /// The file is empty, binary, a web page, holds no BEGIN:VCARD, has a card without END:VCARD, or holds
    /// more than <see cref="MaxCards"/> cards.
    /// </exception>
    /// <remarks>
    /// Internal so that callers of <see cref="Read(byte[])"/> are not told by CA1304 to pass a culture: a
    /// request's UI culture is already the current one.
    /// </remarks>
    internal static VCardFile Read(byte[] data, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(culture);
        var (bytes, isUtf8) = ToBytes(data, culture);
        var lines = PhysicalLines(bytes);
        var contacts = new List<VCardContact>();
        var problems = new List<VCardProblem>();
        var buffer = new List<byte>(256);
        VCardContactBuilder? card = null;
        var cardCount = 0;
        var inBase64 = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            var first = bytes.AsSpan(lines[i].Start, lines[i].Length);
            if (first.Trim(" \t"u8).IsEmpty)
            {
                inBase64 = false;
                continue;
            }

            buffer.Clear();
            buffer.AddRange(first);
            while (i + 1 < lines.Count && lines[i + 1].Length > 0 && bytes[lines[i + 1].Start] is (byte)' ' or (byte)'\t')
            {
                i++;
                buffer.AddRange(bytes.AsSpan(lines[i].Start + 1, lines[i].Length - 1));
            }

            var colon = Colon(CollectionsMarshal.AsSpan(buffer));
            if (colon < 0)
            {
                // vCard 2.1 lets base64 (PHOTO) run on over lines that are not indented, up to a blank line.
                if (card is not null && !inBase64)
                {
                    problems.Add(Problem(culture, card.Number, lineNumber, "PropertyNoColon"));
                }

                continue;
            }

            var (name, parameters) = Head(Decode(isUtf8, CollectionsMarshal.AsSpan(buffer)[..colon]));
            var encoding = Parameter(parameters, "ENCODING")?.ToUpperInvariant();
            inBase64 = encoding is "B" or "BASE64";
            if (encoding == "QUOTED-PRINTABLE")
            {
                // Soft line breaks: a quoted-printable line ending in '=' goes on at the start of the next.
                while (buffer.Count > colon + 1 && buffer[^1] == '=' && i + 1 < lines.Count && !IsEnd(bytes.AsSpan(lines[i + 1].Start, lines[i + 1].Length)))
                {
                    buffer.RemoveAt(buffer.Count - 1);
                    i++;
                    buffer.AddRange(bytes.AsSpan(lines[i].Start, lines[i].Length));
                }
            }

            var value = CollectionsMarshal.AsSpan(buffer)[(colon + 1)..];
            if (name == "BEGIN" && Ascii.EqualsIgnoreCase(value.Trim(" \t"u8), "VCARD"u8))
            {
                if (card is not null)
                {
                    throw Unterminated(culture, card);
                }

                cardCount++;
                if (cardCount > MaxCards)
                {
                    throw new VCardFormatException(VCardMessages.Format(culture, "FileTooManyCards", MaxCards), lineNumber);
                }

                card = new VCardContactBuilder(cardCount, lineNumber);
                continue;
            }

            if (card is null)
            {
                continue;
            }

            if (name == "END" && Ascii.EqualsIgnoreCase(value.Trim(" \t"u8), "VCARD"u8))
            {
                var contact = card.Build();
                if (contact is null)
                {
                    problems.Add(Problem(culture, card.Number, card.Line, "CardNoName"));
                }
                else
                {
                    contacts.Add(contact);
                }

                card = null;
                continue;
            }

            if (!VCardContactBuilder.Reads(name, parameters))
            {
                continue;
            }

            if (encoding is "B" or "BASE64")
            {
                problems.Add(Problem(culture, card.Number, lineNumber, "PropertyBinary", name));
                continue;
            }

            var text = encoding == "QUOTED-PRINTABLE"
                ? DecodeQuotedPrintable(value, Parameter(parameters, "CHARSET"), culture, card, lineNumber, name, problems)
                : DecodeRaw(value, isUtf8, Parameter(parameters, "CHARSET"), culture, card, lineNumber, name, problems);
            card.Add(name, parameters, text.ReplaceLineEndings("\n"));
        }

        if (card is not null)
        {
            throw Unterminated(culture, card);
        }

        if (cardCount == 0)
        {
            throw new VCardFormatException(VCardMessages.Format(culture, LooksLikeHtml(bytes) ? "FileHtml" : "FileNoCard"), 0);
        }

        return new VCardFile(contacts, problems);
    }

    private static (byte[] Bytes, bool IsUtf8) ToBytes(byte[] data, CultureInfo culture)
    {
        ReadOnlySpan<byte> span = data;
        byte[] bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 is re-encoded as UTF-8 so that one line splitter serves every file; CHARSET= in such a
            // file cannot be true of the raw text and is ignored.
            var utf16 = span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            bytes = Utf8Text.GetBytes(utf16.GetString(span[2..]));
        }
        else
        {
            bytes = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? span[3..].ToArray() : data;
        }

        if (bytes.AsSpan().Trim(" \t\r\n\f"u8).IsEmpty)
        {
            throw new VCardFormatException(VCardMessages.Format(culture, "FileEmpty"), 0);
        }

        if (LooksBinary(bytes))
        {
            throw new VCardFormatException(VCardMessages.Format(culture, "FileBinary"), 0);
        }

        return (bytes, Utf8.IsValid(bytes));
    }

    // A writer that ends a quoted-printable value with a stray '=' must not swallow the end of the card.
    private static bool IsEnd(ReadOnlySpan<byte> line) => Ascii.EqualsIgnoreCase(line.Trim(" \t"u8), "END:VCARD"u8);

    private static bool LooksBinary(byte[] bytes)
    {
        if (bytes.AsSpan().Contains((byte)0))
        {
            return true;
        }

        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not (byte)'\f' and not 0x1B)
            {
                control++;
            }
        }

        return control * 20 > sample.Length;
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        var start = bytes.AsSpan().TrimStart(" \t\r\n\f"u8);
        var head = Encoding.ASCII.GetString(start[..Math.Min(start.Length, 1024)]);
        return head.StartsWith('<') || head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static List<(int Start, int Length)> PhysicalLines(byte[] bytes)
    {
        var lines = new List<(int, int)>(bytes.Length / 24);
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is (byte)'\n' or (byte)'\r')
            {
                lines.Add((start, i - start));
                if (bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add((start, bytes.Length - start));
        }

        return lines;
    }

    // The first ':' outside a quoted parameter value; ':' and '"' are never the second byte of a Shift_JIS character.
    private static int Colon(ReadOnlySpan<byte> line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static (string Name, List<(string Key, string Value)> Parameters) Head(string head)
    {
        var parts = SplitOutsideQuotes(head, ';');
        var name = parts[0].Trim();
        name = name[(name.LastIndexOf('.') + 1)..].ToUpperInvariant();
        var parameters = new List<(string, string)>(parts.Count - 1);
        foreach (var part in parts.Skip(1))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                // vCard 2.1 writes parameter values bare: TEL;CELL;VOICE, NOTE;QUOTED-PRINTABLE.
                var bare = part.Trim().ToUpperInvariant();
                parameters.Add((bare is "QUOTED-PRINTABLE" or "BASE64" or "8BIT" or "7BIT" ? "ENCODING" : "TYPE", bare));
                continue;
            }

            var value = Rfc6868(part[(equals + 1)..].Trim().Replace("\"", "", StringComparison.Ordinal));
            parameters.Add((part[..equals].Trim().ToUpperInvariant(), value));
        }

        return (name, parameters);
    }

    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == separator && !quoted)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    // RFC 6868: ^n is a newline, ^' a double quote and ^^ a caret inside a parameter value.
    private static string Rfc6868(string value) =>
        !value.Contains('^', StringComparison.Ordinal)
            ? value
            : value.Replace("^n", "\n", StringComparison.Ordinal).Replace("^'", "\"", StringComparison.Ordinal).Replace("^^", "^", StringComparison.Ordinal);

    private static string? Parameter(List<(string Key, string Value)> parameters, string key)
    {
        foreach (var (k, v) in parameters)
        {
            if (k == key)
            {
                return v;
            }
        }

        return null;
    }

    private static string Decode(bool isUtf8, ReadOnlySpan<byte> bytes) => (isUtf8 ? Utf8Text : ShiftJis).GetString(bytes);

    private static string DecodeRaw(ReadOnlySpan<byte> value, bool isUtf8, string? charset, CultureInfo culture, VCardContactBuilder card, int line, string name, List<VCardProblem> problems)
    {
        // A file that is valid UTF-8 throughout is UTF-8, whatever its labels say: Shift_JIS text is almost
        // never valid UTF-8, while files converted to UTF-8 often keep their old CHARSET=SHIFT_JIS labels.
        if (isUtf8 || charset is null)
        {
            return Decode(isUtf8, value);
        }

        var encoding = Charset(charset);
        if (encoding is null)
        {
            problems.Add(Problem(culture, card.Number, line, "PropertyCharset", name, charset, "Shift_JIS"));
            encoding = ShiftJis;
        }

        return encoding.GetString(value);
    }

    private static string DecodeQuotedPrintable(ReadOnlySpan<byte> value, string? charset, CultureInfo culture, VCardContactBuilder card, int line, string name, List<VCardProblem> problems)
    {
        var input = value.ToArray();
        var decoder = new QuotedPrintableDecoder();
        var output = new byte[decoder.EstimateOutputLength(input.Length)];
        var length = decoder.Decode(input, 0, input.Length, output);
        var bytes = output.AsSpan(0, length);
        var fallback = Utf8.IsValid(bytes) ? Utf8Text : ShiftJis;
        var encoding = charset is null ? fallback : Charset(charset);
        if (encoding is null)
        {
            encoding = fallback;
            problems.Add(Problem(culture, card.Number, line, "PropertyCharset", name, charset!, encoding == Utf8Text ? "UTF-8" : "Shift_JIS"));
        }

        return encoding.GetString(bytes);
    }

    private static Encoding? Charset(string charset)
    {
        var name = charset.Trim();
        if (name.ToUpperInvariant() is "SHIFT_JIS" or "SHIFT-JIS" or "SJIS" or "X-SJIS" or "CP932" or "MS932" or "WINDOWS-31J" or "WINDOWS-932")
        {
            return ShiftJis;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding CreateShiftJis()
    {
        // Code page 932 is Shift_JIS with the NEC and IBM extensions (①, ㈱, 髙) that Japanese phones used.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }

    private static VCardProblem Problem(CultureInfo culture, int card, int line, string message, params object[] values)
    {
        var where = VCardMessages.Format(culture, "Where", card, line);
        return new VCardProblem(card, line, VCardMessages.Format(culture, message, [where, .. values]));
    }

    private static VCardFormatException Unterminated(CultureInfo culture, VCardContactBuilder card) =>
        new(VCardMessages.Format(culture, "CardUnterminated", card.Line, card.Number), card.Line);
}
