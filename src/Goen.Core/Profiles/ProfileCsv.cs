using Goen.Core.Text;

namespace Goen.Core.Profiles;

/// <summary>
/// Reads profile CSV files for the command line: one person per row, columns <c>name, organization, offers,
/// needs, interests, languages</c> in English or Japanese (名前, 所属, できること, 探していること, 雑談ネタ, 言語), in any
/// order, extra columns kept, or any event platform's attendee export; read exactly as the web import reads it.
/// </summary>
/// <remarks>
/// There is one reader: this is <see cref="AttendeeCsv.ReadTable"/>, <see cref="AttendeeCsv.Detect"/>,
/// <see cref="AttendeeCsv.GuessMapping"/> and <see cref="AttendeeCsv.Interpret"/> with the guessed mapping and no
/// row limit, so a file gives the same people and the same rejected rows on the command line as on the import
/// page. Problems with the file itself throw a <see cref="ProfileFileException"/>; a bad row only leaves that row
/// out, listed in <see cref="ProfileFile.Rejected"/> (see docs/decisions/0011-one-people-file-reader.md).
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
    /// <returns>The people in the file, and the rows left out with their reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ProfileFileException">The file cannot be read, or is not a people file at all.</exception>
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
    /// <returns>
    /// The people in the file, and the rows left out with their reasons. <see cref="ProfileFile.Profiles"/> is empty
    /// when every row was left out; the caller decides whether that is an error.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is <see langword="null"/>.</exception>
    /// <exception cref="ProfileFileException">
    /// The file is too large, empty, undecodable or badly quoted, its header is unusable, no column names the person,
    /// or it lists nobody (the problems <see cref="AttendeeCsv.ReadTable"/> throws for).
    /// </exception>
    public static ProfileFile Parse(ReadOnlySpan<byte> bytes, string file)
    {
        var table = AttendeeCsv.ReadTable(bytes, file, int.MaxValue);
        var mapping = AttendeeCsv.GuessMapping(table.Headers, AttendeeCsv.Detect(table.Headers));
        if (AttendeeCsv.MappingProblems(table.Headers, mapping).Count > 0)
        {
            var found = string.Join(", ", table.Headers.Select(h => $"\"{h}\""));
            throw new ProfileFileException(file, ProfileFileProblem.MissingNameColumn, 1, 0, found);
        }

        return new ProfileFile(file, table, mapping, AttendeeCsv.Interpret(table, mapping));
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
}
