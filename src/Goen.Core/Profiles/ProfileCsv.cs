using CsvHelper;
using Goen.Core.Text;

namespace Goen.Core.Profiles;

/// <summary>
/// Reads profile CSV files: one person per row, columns <c>name, organization, offers, needs,
/// interests, languages</c> in English or Japanese (名前, 所属, できること, 探していること, 雑談ネタ, 言語),
/// in any order, extra columns kept; UTF-8 (with or without BOM), UTF-16 or Shift_JIS, detected.
/// </summary>
/// <remarks>
/// A file is read whole or not at all: the first problem throws a <see cref="ProfileFileException"/>
/// that names the file, line and column, and nothing read before it is returned.
/// </remarks>
public static class ProfileCsv
{
    /// <summary>The largest file read, in bytes (64 MiB: several hundred thousand people).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The longest name or organization, in characters.</summary>
    public const int MaxShortFieldLength = 200;

    /// <summary>The longest free-text field (offers, needs, interests, extra columns), in characters.</summary>
    public const int MaxTextFieldLength = 2000;

    /// <summary>Reads a profile file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The people in the file.</returns>
    /// <exception cref="ProfileFileException">The file cannot be read or is not a valid profile file.</exception>
    public static ProfileFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                throw new ProfileFileException(path, ProfileFileProblem.TooLarge, 0, 0, info.Length, MaxFileBytes);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ProfileFileException(path, ProfileFileProblem.Unreadable, 0, 0, e.Message);
        }

        return Parse(bytes, path);
    }

    /// <summary>Reads a profile file from its bytes.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <returns>The people in the file.</returns>
    /// <exception cref="ProfileFileException">The content is not a valid profile file.</exception>
    public static ProfileFile Parse(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.Length > MaxFileBytes)
        {
            throw new ProfileFileException(file, ProfileFileProblem.TooLarge, 0, 0, (long)bytes.Length, MaxFileBytes);
        }

        var decoded = TextFileDecoder.Decode(bytes, file);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            throw new ProfileFileException(file, ProfileFileProblem.Empty);
        }

        CsvMalformedRecord? malformed = null;
        using var reader = CsvReader.FromText(decoded.Text, ReaderOptions(record => malformed ??= record));
        var headers = reader.Headers.ToArray();
        ThrowIfMalformed(malformed, decoded.Text, file);
        var columns = MapColumns(headers, file);
        var profiles = new List<Profile>();
        while (reader.Read())
        {
            ThrowIfMalformed(malformed, decoded.Text, file);
            var line = (int)reader.LineNumber;
            if (reader.FieldCount > headers.Length)
            {
                throw new ProfileFileException(file, ProfileFileProblem.TooManyFields, line, headers.Length + 1, reader.FieldCount, headers.Length);
            }

            var values = new string[headers.Length];
            for (var i = 0; i < headers.Length; i++)
            {
                values[i] = i < reader.FieldCount ? reader.GetString(i).Trim() : "";
            }

            if (!values.All(string.IsNullOrEmpty))
            {
                profiles.Add(ToProfile(values, headers, columns, file, line));
            }
        }

        ThrowIfMalformed(malformed, decoded.Text, file);
        if (profiles.Count == 0)
        {
            throw new ProfileFileException(file, ProfileFileProblem.NoPeople);
        }

        return new ProfileFile(file, decoded.EncodingName, headers, profiles);
    }

    private static ProfileField?[] MapColumns(string[] headers, string file)
    {
        var columns = new ProfileField?[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            columns[i] = ProfileColumns.FieldOf(headers[i]);
            var earlier = Array.IndexOf(columns, columns[i], 0, i);
            if (columns[i] is { } field && earlier >= 0)
            {
                throw new ProfileFileException(file, ProfileFileProblem.DuplicateColumn, 1, i + 1, headers[earlier], headers[i], field.ToString().ToLowerInvariant());
            }
        }

        if (!columns.Contains(ProfileField.Name))
        {
            var found = string.Join(", ", headers.Select(h => $"\"{h}\""));
            throw new ProfileFileException(file, ProfileFileProblem.MissingNameColumn, 1, 0, found);
        }

        return columns;
    }

    private static Profile ToProfile(string[] values, string[] headers, ProfileField?[] columns, string file, int line)
    {
        string Get(ProfileField field) => Array.IndexOf(columns, field) is var i and >= 0 ? values[i] : "";
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            var limit = columns[i] is ProfileField.Name or ProfileField.Organization or ProfileField.Languages ? MaxShortFieldLength : MaxTextFieldLength;
            if (values[i].Length > limit)
            {
                throw new ProfileFileException(file, ProfileFileProblem.FieldTooLong, line, i + 1, headers[i], values[i].Length, limit);
            }

            if (columns[i] is null && headers[i].Length > 0)
            {
                extra[headers[i]] = values[i];
            }
        }

        var name = Get(ProfileField.Name);
        if (name.Length == 0)
        {
            throw new ProfileFileException(file, ProfileFileProblem.EmptyName, line, Array.IndexOf(columns, ProfileField.Name) + 1);
        }

        return new Profile
        {
            Name = name,
            Organization = Get(ProfileField.Organization),
            Offers = Get(ProfileField.Offers),
            Needs = Get(ProfileField.Needs),
            Interests = Get(ProfileField.Interests),
            Languages = ParseLanguages(Get(ProfileField.Languages)),
            Extra = extra,
        };
    }

    /// <summary>Reads a languages cell ("ja;en", "日本語、英語", "Japanese / English") as codes.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>Distinct lower-case codes, in the order given; unknown names kept as written, folded.</returns>
    public static IReadOnlyList<string> ParseLanguages(string text)
    {
        var separators = new[] { ';', ',', '/', '、', '・', ' ', '|' };
        return [.. TextNormalizer.FoldKey(text)
            .Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l switch
            {
                "日本語" or "japanese" or "jp" or "jpn" => "ja",
                "英語" or "english" or "eng" => "en",
                "中国語" or "chinese" or "zh" => "zh",
                "韓国語" or "korean" or "ko" => "ko",
                _ => l,
            })
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets the CSV options every Goen reader uses: quoted line breaks allowed, blank lines skipped.</summary>
    /// <param name="onMalformed">Called with each malformed record.</param>
    /// <param name="separator">The field separator: a comma unless the reader detected another.</param>
    /// <returns>The options.</returns>
    /// <remarks>
    /// Malformed quoting is noted rather than thrown, because the note says why (an unclosed quote or a
    /// stray one); the caller stops at the first one with <see cref="ThrowIfMalformed"/>.
    /// </remarks>
    internal static CsvReaderOptions ReaderOptions(Action<CsvMalformedRecord> onMalformed, char separator = ',') => new()
    {
        Separator = separator,
        MalformedData = CsvMalformedDataHandling.Skip,
        OnMalformedRecord = onMalformed,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        DetectSeparatorHint = false,
        IncludeValuesInExceptions = false,
    };

    /// <summary>Throws the problem a malformed record shows, naming its line and field.</summary>
    /// <param name="malformed">The first malformed record, or <see langword="null"/> when there is none yet.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="separator">The file's field separator, for counting fields.</param>
    /// <exception cref="ProfileFileException">A record is malformed.</exception>
    internal static void ThrowIfMalformed(CsvMalformedRecord? malformed, string text, string file, char separator = ',')
    {
        if (malformed is not { } record)
        {
            return;
        }

        var index = CsvLocation.CharIndex(text, record.ByteOffset);
        var recordStart = record.LineNumber > 0 ? CsvLocation.LineStart(text, (int)record.LineNumber) : 0;
        var field = CsvLocation.FieldNumber(text, recordStart, index, separator);
        var problem = record.Reason == CsvMalformedReason.UnterminatedQuote ? ProfileFileProblem.UnclosedQuote : ProfileFileProblem.StrayQuote;
        var line = problem == ProfileFileProblem.UnclosedQuote ? (int)Math.Max(1, record.LineNumber) : CsvLocation.LineOf(text, index);
        throw new ProfileFileException(file, problem, line, field);
    }
}
