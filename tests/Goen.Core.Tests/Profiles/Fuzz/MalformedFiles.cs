using System.Text;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles.Fuzz;

/// <summary>
/// Makes malformed people files for the import fuzz runs: random and truncated bytes, broken multibyte sequences
/// in every encoding Goen reads, unbalanced quotes, NULs, very wide and very tall files, mixed line endings, BOM
/// variants, tab and semicolon files, and structurally plausible files with hostile cells.
/// </summary>
/// <remarks>File <c>n</c> of seed <c>s</c> is always the same bytes, so a failure reproduces from the two numbers.</remarks>
public static class MalformedFiles
{
    /// <summary>Gets the kinds of file, in the order <see cref="Make"/> cycles through them.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "random-bytes", "truncated-sample", "flipped-sample", "broken-multibyte", "unbalanced-quotes", "nuls",
        "mixed-line-endings", "bom-variants", "tab-or-semicolon", "hostile-cells", "form-timestamps", "hostile-cells",
    ];

    private static readonly string[] SampleNames =
    [
        "community.csv", "connpass-participants.csv", "eventbrite-attendees.csv", "google-forms-responses.csv",
        "google-forms-responses-en.csv", "google-forms-responses-es.csv", "luma-guests.csv", "peatix-participants-sjis.csv",
        "peatix-participants-utf16.csv", "people-with-problems.csv",
    ];

    private static readonly Lazy<byte[][]> Samples = new(() => [.. SampleNames.Select(n => File.ReadAllBytes(RepoFiles.Sample(n)))]);

    private static readonly string[] Headers =
    [
        "name", "名前", "お名前", "表示名", "ユーザー名", "参加ステータス", "status", "approval_status", "email", "メールアドレス", "所属", "organization",
        "できること", "offers", "needs", "interests", "languages", "言語", "タイムスタンプ", "Timestamp", "姓", "名", "First Name", "Last Name",
        "受付番号", "チケット番号", "api_id", "Order #", "Attendee #", "注文番号", "参加者名(カナ)", "", " ", "\"", "name", "x",
    ];

    private static readonly string[] Cells =
    [
        "", " ", "佐藤 健", "ｻﾄｳ ｹﾝ", "Emma Wilson", "(退会ユーザー)", "参加", "参加キャンセル", "補欠", "declined", "waitlist", "欠席します", "未定",
        "支払確認中", "?", "a@b", "not an email", "sato@example.jp", "SATO@EXAMPLE.JP", "=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "<script>alert(1)</script>",
        "2024/10/11 8:55:06", "8/31/2023 19:08:16", "2024/10/05 7:14:21 p. m. GMT-4", "31/08/2023 19:08:16", "99/99/9999 99:99:99", "#VALUE!",
        "日本語・英語", "ja;en", "\u0000", "\uFEFF", "\u200B", "😀", "\uD83D", "\uDE00", "ｱｲｳ", "①②③", "髙﨑", "\u0301e", "\t", "\r", "\n", "\"", "\"\"", ",", ";",
    ];

    /// <summary>Makes file <paramref name="index"/> of the run with <paramref name="seed"/>.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="index">The file's number in the run.</param>
    /// <param name="heavy">
    /// Whether this file may be one of the costly shapes (10,000 columns, 100,000 one-character rows); every 97th file is
    /// when allowed.
    /// </param>
    /// <returns>The kind of file and its bytes.</returns>
    public static (string Kind, byte[] Bytes) Make(int seed, int index, bool heavy = true)
    {
        // Not HashCode.Combine: it is seeded afresh in every process, and a failure must reproduce in the next one.
        var random = new Random(unchecked((seed * 1_000_003) + index));
        if (heavy && index % 97 == 96)
        {
            return index / 97 % 2 == 0 ? ("10000-columns", Wide(random)) : ("100000-rows", Tall(random));
        }

        var kind = Kinds[index % Kinds.Count];
        var bytes = kind switch
        {
            "random-bytes" => RandomBytes(random),
            "truncated-sample" => Truncate(random, Sample(random)),
            "flipped-sample" => Flip(random, Sample(random)),
            "broken-multibyte" => BrokenMultibyte(random),
            "unbalanced-quotes" => Inject(random, Sample(random), (byte)'"'),
            "nuls" => Inject(random, Sample(random), 0),
            "mixed-line-endings" => MixedLineEndings(random),
            "bom-variants" => BomVariant(random),
            "tab-or-semicolon" => Encoding.UTF8.GetBytes(Csv(random, random.Next(2) == 0 ? '\t' : ';', quoteSometimes: true)),
            "form-timestamps" => Encoding.UTF8.GetBytes(FormTimestamps(random)),
            _ => Encode(random, Csv(random, ",\t;"[random.Next(3)], quoteSometimes: random.Next(2) == 0)),
        };
        return (kind, bytes);
    }

    /// <summary>Encodes text the ways Goen reads it: UTF-8 with and without BOM, UTF-16LE/BE with BOM, Shift_JIS, and EUC-JP (read as Shift_JIS or refused).</summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="text">The text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Encode(Random random, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return random.Next(6) switch
        {
            0 => Encoding.UTF8.GetBytes(text),
            1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            2 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            3 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            4 => Encoding.GetEncoding(932).GetBytes(text),
            _ => Encoding.GetEncoding(51932).GetBytes(text),
        };
    }

    private static byte[] Sample(Random random) => Samples.Value[random.Next(Samples.Value.Length)];

    private static byte[] Truncate(Random random, byte[] sample) => sample[..random.Next(0, sample.Length + 1)];

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 4096)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Flip(Random random, byte[] sample)
    {
        var bytes = sample.ToArray();
        for (var i = random.Next(1, 12); i > 0 && bytes.Length > 0; i--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static byte[] Inject(Random random, byte[] sample, byte value)
    {
        var bytes = sample.ToList();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            bytes.Insert(random.Next(bytes.Count + 1), value);
        }

        return [.. bytes];
    }

    // A good file in one encoding, then one multibyte character cut, doubled or given a wrong trail byte.
    private static byte[] BrokenMultibyte(Random random)
    {
        var bytes = Encode(random, "名前,所属,できること\n髙橋 美咲,㈱ミナト企画,ﾎｰﾑﾍﾟｰｼﾞ制作 😀\n佐藤 健,ミナト,ロゴ①\n").ToList();
        var at = random.Next(bytes.Count);
        switch (random.Next(4))
        {
            case 0:
                bytes.RemoveAt(at);
                break;
            case 1:
                bytes.Insert(at, (byte)random.Next(0x80, 0x100));
                break;
            case 2:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                bytes.Insert(at, (byte)random.Next(0xD8, 0xE0));
                bytes.Insert(at, (byte)random.Next(0xD8, 0xE0));
                break;
        }

        return [.. bytes];
    }

    private static byte[] MixedLineEndings(Random random)
    {
        var text = Encoding.UTF8.GetString(Samples.Value[random.Next(Samples.Value.Length)]).Replace("\r\n", "\n", StringComparison.Ordinal);
        var mixed = new StringBuilder();
        foreach (var c in text)
        {
            mixed.Append(c == '\n' ? random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" } : c.ToString());
        }

        return Encoding.UTF8.GetBytes(mixed.ToString());
    }

    private static byte[] BomVariant(Random random)
    {
        var body = Encoding.UTF8.GetBytes("name,offers\nSato,Web\n");
        return random.Next(7) switch
        {
            0 => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. body],
            1 => [0xFF, 0xFE, .. body],
            2 => [0xFE, 0xFF, .. body],
            3 => [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes("name\nSato\n")],
            4 => [0xEF, 0xBB],
            5 => [.. body, 0xEF, 0xBB, 0xBF, .. body],
            _ => [.. Encoding.Unicode.GetBytes("name,offers\nSato,Web\n")],
        };
    }

    private static string Csv(Random random, char separator, bool quoteSometimes)
    {
        var columns = random.Next(1, 9);
        var rows = random.Next(0, 40);
        var text = new StringBuilder();
        for (var r = 0; r <= rows; r++)
        {
            var fields = random.Next(4) == 0 ? random.Next(0, columns + 3) : columns;
            for (var c = 0; c < fields; c++)
            {
                if (c > 0)
                {
                    text.Append(separator);
                }

                var cell = r == 0 ? Headers[random.Next(Headers.Length)] : Cell(random);
                text.Append(quoteSometimes && random.Next(3) == 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
            }

            text.Append(random.Next(5) == 0 ? "\r\n" : "\n");
        }

        return text.ToString();
    }

    private static string Cell(Random random) => random.Next(20) switch
    {
        0 => new string('あ', random.Next(190, 2100)),
        1 => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Cells[random.Next(Cells.Length)])),
        _ => Cells[random.Next(Cells.Length)],
    };

    private static string FormTimestamps(Random random)
    {
        var text = new StringBuilder(random.Next(2) == 0 ? "Timestamp,Your name\n" : "タイムスタンプ,お名前\n");
        for (var i = random.Next(1, 30); i > 0; i--)
        {
            var stamp = random.Next(4) switch
            {
                0 => $"{random.Next(0, 40)}/{random.Next(0, 40)}/{random.Next(0, 3000)} {random.Next(0, 30)}:{random.Next(0, 70):00}:{random.Next(0, 70):00}",
                1 => $"{random.Next(1900, 2100)}/{random.Next(0, 14)}/{random.Next(0, 33)} {random.Next(0, 14)}:{random.Next(0, 60):00}:{random.Next(0, 60):00} {(random.Next(2) == 0 ? "p. m." : "a. m.")} GMT{random.Next(-20, 20):+0;-0}",
                2 => Cells[random.Next(Cells.Length)],
                _ => new string('9', random.Next(1, 100)),
            };
            text.Append('"').Append(stamp.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",Person ").Append(i).Append('\n');
        }

        return text.ToString();
    }

    private static byte[] Wide(Random random)
    {
        var header = string.Join(",", Enumerable.Range(0, 10_000).Select(i => i == 0 ? "name" : $"q{i}"));
        var row = string.Join(",", Enumerable.Range(0, 10_000).Select(i => random.Next(3) == 0 ? "x" : ""));
        return Encoding.UTF8.GetBytes(header + "\n" + row + "\n");
    }

    private static byte[] Tall(Random random)
    {
        var text = new StringBuilder("n\n", 210_000);
        for (var i = 0; i < 100_000; i++)
        {
            text.Append((char)random.Next('a', 'z' + 1)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Checks a file against the import's promises on the Core reader: only <see cref="ProfileFileException"/> may come out, both paths agree, every row is accounted for.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="run">Where to note how the file ended.</param>
    /// <returns>A description of what broke a promise, or <see langword="null"/> when none was broken.</returns>
    /// <remarks>Any other exception escaping is a crash; the caller catches and reports it.</remarks>
    public static string? CheckCore(byte[] bytes, FuzzRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        AttendeeTable table;
        try
        {
            table = AttendeeCsv.ReadTable(bytes, "fuzz.csv");
        }
        catch (ProfileFileException e)
        {
            _ = e.LocalizedMessage(System.Globalization.CultureInfo.GetCultureInfo("ja"));
            _ = e.LocalizedMessage(System.Globalization.CultureInfo.GetCultureInfo("en"));
            run.Note($"refused ({e.Problem})");
            return CliAgreesOnBadFile(bytes, e);
        }

        var mapping = AttendeeCsv.GuessMapping(table.Headers, AttendeeCsv.Detect(table.Headers));
        if (AttendeeCsv.MappingProblems(table.Headers, mapping).Count > 0)
        {
            run.Note("read, no name column");
            return null;
        }

        _ = AttendeeCsv.StatusValues(table, mapping);
        var preview = AttendeeCsv.Interpret(table, mapping);
        foreach (var row in preview.Rejected)
        {
            _ = row.LocalizedMessage(System.Globalization.CultureInfo.GetCultureInfo("ja"));
        }

        if (preview.Accepted.Count + preview.Rejected.Count != table.Rows.Count)
        {
            return $"{table.Rows.Count} rows but {preview.Accepted.Count} accepted and {preview.Rejected.Count} rejected";
        }

        run.Note(preview.Accepted.Count == 0 ? "read, every row rejected" : preview.Rejected.Count == 0 ? "read, every row accepted" : "read, some rows rejected");
        var cli = ProfileCsv.Parse(bytes, "fuzz.csv");
        return cli.Attendees.Select(a => a.Key).SequenceEqual(preview.Accepted.Select(a => a.Key))
            && cli.Rejected.SequenceEqual(preview.Rejected)
            ? null
            : "the CLI and the web import read the file differently";
    }

    // The CLI reads without the web's row limit, so only a file the web refuses for its size may read there.
    private static string? CliAgreesOnBadFile(byte[] bytes, ProfileFileException web)
    {
        try
        {
            _ = ProfileCsv.Parse(bytes, "fuzz.csv");
            return web.Problem == ProfileFileProblem.TooManyRows ? null : $"the web refused the file ({web.Problem}) but the CLI read it";
        }
        catch (ProfileFileException cli)
        {
            return cli.Problem == web.Problem || web.Problem == ProfileFileProblem.TooManyRows ? null : $"the web says {web.Problem}, the CLI {cli.Problem}";
        }
    }
}
