using System.Text;

namespace Goen.Core.Profiles;

/// <summary>
/// Decodes the text files organizers bring (CSV exports from Excel, connpass, Peatix, Google Forms):
/// UTF-8 with or without a byte order mark, UTF-16 with one, or Shift_JIS (Windows code page 932),
/// detected without being told.
/// </summary>
/// <remarks>
/// UTF-8 is tried first because valid Shift_JIS text is almost never valid UTF-8, while the reverse is
/// common. Decoding is strict: a byte that fits neither encoding is reported with its line and
/// column instead of turning into a replacement character that would silently corrupt a name.
/// </remarks>
public static class TextFileDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="file">The file's name, for error messages.</param>
    /// <returns>The text and the encoding it was in.</returns>
    /// <exception cref="ProfileFileException">
    /// The bytes are neither UTF-8, UTF-16 with a byte order mark, nor Shift_JIS; or they are one of these but end in
    /// the middle of a character (<see cref="ProfileFileProblem.CutOff"/>, reported where the last character starts).
    /// </exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Strict(StrictUtf8, bytes[3..], file), "UTF-8 (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Strict(new UnicodeEncoding(false, false, true), bytes[2..], file), "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Strict(new UnicodeEncoding(true, false, true), bytes[2..], file), "UTF-16");
        }

        var utf8Error = FirstInvalidUtf8(bytes);
        if (utf8Error < 0)
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "UTF-8");
        }

        if (CutOffUtf8(bytes, utf8Error))
        {
            throw Undecodable(bytes, utf8Error, file, ProfileFileProblem.CutOff, "UTF-8");
        }

        var shiftJis = ShiftJis();
        try
        {
            return new DecodedText(shiftJis.GetString(bytes), "Shift_JIS");
        }
        catch (DecoderFallbackException)
        {
            // A download cut off after the first byte of a two-byte character fails only there; saying so beats
            // blaming the first Japanese character, where UTF-8 failed.
            if (CutOffShiftJis(shiftJis, bytes))
            {
                throw Undecodable(bytes, bytes.Length - 1, file, ProfileFileProblem.CutOff, "Shift_JIS");
            }

            // Neither fits: report the UTF-8 failure, which is where a mostly-UTF-8 file went wrong
            // and the first odd byte of anything else.
            throw Undecodable(bytes, utf8Error, file);
        }
    }

    /// <summary>Gets the Shift_JIS (CP932) encoding that throws on bytes it cannot decode.</summary>
    /// <returns>The encoding.</returns>
    public static Encoding ShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string file)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw Undecodable(bytes, Math.Max(0, e.Index), file);
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    private static bool CutOffUtf8(ReadOnlySpan<byte> bytes, int error)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes[error..], new char[bytes.Length - error], out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status == System.Buffers.OperationStatus.NeedMoreData;
    }

    private static bool CutOffShiftJis(Encoding shiftJis, ReadOnlySpan<byte> bytes)
    {
        if (bytes[^1] is not ((>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC)))
        {
            return false;
        }

        try
        {
            shiftJis.GetString(bytes[..^1]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static ProfileFileException Undecodable(ReadOnlySpan<byte> bytes, int index, string file, ProfileFileProblem problem = ProfileFileProblem.Undecodable, object? detail = null)
    {
        index = Math.Min(index, bytes.Length - 1);
        var lineStart = bytes[..index].LastIndexOf((byte)'\n') + 1;
        var line = bytes[..index].Count((byte)'\n') + 1;
        var prefix = Encoding.UTF8.GetString(bytes[lineStart..index]);
        return new ProfileFileException(file, problem, line, CsvLocation.FieldNumber(prefix, 0, prefix.Length), detail ?? bytes[index]);
    }
}
