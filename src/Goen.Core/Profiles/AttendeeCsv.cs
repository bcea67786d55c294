using System.Globalization;
using CsvHelper;
using Goen.Core.Text;

namespace Goen.Core.Profiles;

/// <summary>
/// Reads the attendee lists organizers export from event platforms (Peatix, connpass, Google Forms) or keep
/// as Goen profile CSV, in three steps a mapping screen can follow: <see cref="ReadTable"/> reads the file,
/// <see cref="Detect"/> and <see cref="GuessMapping"/> propose what each column means, and
/// <see cref="Interpret"/> turns the rows into people under a mapping the organizer may have changed.
/// </summary>
/// <remarks>
/// Problems with the file itself (encoding, quoting, an empty or oversized file) stop the read with a
/// <see cref="ProfileFileException"/>, so a file is read whole or not at all. Problems with one person's row
/// (no name, a bad e-mail, the same person twice) only leave that row out, with a reason to show.
/// This is Goen's only reader of people files: the command line reads through it too (<see cref="ProfileCsv"/>),
/// so a file gives the same people and the same rejected rows everywhere.
/// </remarks>
public static class AttendeeCsv
{
    /// <summary>The most people one import reads unless told otherwise.</summary>
    public const int DefaultMaxRows = 5000;

    /// <summary>The most columns an attendee file may have: event exports have a few dozen; the mapping form needs a field for each.</summary>
    public const int MaxColumns = 500;

    private static readonly string WithdrawnUser = TextNormalizer.FoldKey("(退会ユーザー)");

    /// <summary>Reads an attendee file into a table of text, without interpreting any column.</summary>
    /// <param name="bytes">
    /// The file's content: UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS, with fields separated by commas,
    /// tabs or semicolons; the encoding and the separator (the one the header holds most often) are detected.
    /// </param>
    /// <param name="fileName">The file's name, for messages.</param>
    /// <param name="maxRows">The most non-blank records read; a file with more is refused.</param>
    /// <returns>The header and the non-blank records, trimmed. Empty columns at the right of the header are dropped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is less than 1.</exception>
    /// <exception cref="ProfileFileException">
    /// The file is too large, empty, undecodable, holds a NUL character or is badly quoted; a column has no header or the same header as
    /// another; a record has more fields than the header; or it lists nobody, or more than <paramref name="maxRows"/> people.
    /// </exception>
    public static AttendeeTable ReadTable(ReadOnlySpan<byte> bytes, string fileName, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        if (bytes.Length > ProfileCsv.MaxFileBytes)
        {
            throw new ProfileFileException(fileName, ProfileFileProblem.TooLarge, 0, 0, (long)bytes.Length, ProfileCsv.MaxFileBytes);
        }

        var decoded = TextFileDecoder.Decode(bytes, fileName);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            throw new ProfileFileException(fileName, ProfileFileProblem.Empty);
        }

        if (decoded.Text.IndexOf('\0', StringComparison.Ordinal) is var nul and >= 0)
        {
            throw new ProfileFileException(fileName, ProfileFileProblem.NulCharacter, CsvLocation.LineOf(decoded.Text, nul));
        }

        var separator = CsvSeparator.Detect(decoded.Text);
        CsvMalformedRecord? malformed = null;
        using var reader = CsvReader.FromText(decoded.Text, ReaderOptions(record => malformed ??= record, separator));
        var headers = ReadHeaders(reader, fileName);
        ThrowIfMalformed(malformed, decoded.Text, fileName, separator);
        var rows = new List<AttendeeRow>();
        while (reader.Read())
        {
            ThrowIfMalformed(malformed, decoded.Text, fileName, separator);
            var line = (int)reader.LineNumber;
            var cells = new string[headers.Length];
            Array.Fill(cells, "");
            var firstExtra = -1;
            var lastExtra = -1;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetString(i).Trim();
                if (i < headers.Length)
                {
                    cells[i] = value;
                }
                else if (value.Length > 0)
                {
                    // Trailing empty fields are what spreadsheets leave behind; only a value there means a shifted row.
                    firstExtra = firstExtra < 0 ? i : firstExtra;
                    lastExtra = i;
                }
            }

            if (firstExtra >= 0)
            {
                throw new ProfileFileException(fileName, ProfileFileProblem.TooManyFields, line, firstExtra + 1, lastExtra + 1, headers.Length);
            }

            if (Array.TrueForAll(cells, c => c.Length == 0))
            {
                continue;
            }

            if (rows.Count == maxRows)
            {
                throw new ProfileFileException(fileName, ProfileFileProblem.TooManyRows, line, 0, maxRows);
            }

            rows.Add(new AttendeeRow(line, cells));
        }

        ThrowIfMalformed(malformed, decoded.Text, fileName, separator);
        if (rows.Count == 0)
        {
            throw new ProfileFileException(fileName, ProfileFileProblem.NoPeople);
        }

        return new AttendeeTable(fileName, decoded.EncodingName, headers, rows) { Separator = separator };
    }

    /// <summary>Tells which platform an attendee file came from, by its header names alone.</summary>
    /// <param name="headers">The header row, as in <see cref="AttendeeTable.Headers"/>.</param>
    /// <returns>
    /// <see cref="AttendeeFileKind.Connpass"/> for ユーザー名 with 参加ステータス or 参加枠名;
    /// <see cref="AttendeeFileKind.GoogleForms"/> when the first column is タイムスタンプ, Timestamp or Marca temporal;
    /// <see cref="AttendeeFileKind.Luma"/> for api_id with approval_status, checked_in_at or ticket_name;
    /// <see cref="AttendeeFileKind.Eventbrite"/> for Order # with Attendee #, Attendee Status or Ticket Type;
    /// <see cref="AttendeeFileKind.Peatix"/> for チケット名, 枚数, 参加者名, an order column (注文…) or a payment status;
    /// <see cref="AttendeeFileKind.GoenProfiles"/> for a name column with offers, needs or interests;
    /// otherwise <see cref="AttendeeFileKind.Other"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is <see langword="null"/>.</exception>
    public static AttendeeFileKind Detect(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return AttendeeColumns.Detect(headers);
    }

    /// <summary>Guesses what each column of an attendee file means, from its header.</summary>
    /// <param name="headers">The header row, as in <see cref="AttendeeTable.Headers"/>.</param>
    /// <param name="kind">The kind of file, from <see cref="Detect"/>; connpass's 表示名 and ユーザー名 are the name and the ID.</param>
    /// <returns>One entry per header: the field it is taken as, or <see langword="null"/> to keep it as an extra column. No field appears twice.</returns>
    /// <remarks>
    /// Exact names come first (the aliases of <see cref="ProfileColumns"/>, and 役職, メールアドレス, 参加者ID, ステータス,
    /// 受付番号 and their English names); then words inside question texts, as Google Forms headers are
    /// ("お名前を教えてください", "What can you help with?"); and a reading of the name (参加者名(カナ), フリガナ) only when no
    /// other column gives the name. Each field goes to its likeliest column, the leftmost on a tie. A guess can
    /// still be wrong, so it is for showing on a mapping screen, not for importing unseen.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<AttendeeField?> GuessMapping(IReadOnlyList<string> headers, AttendeeFileKind kind)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return AttendeeColumns.Guess(headers, kind);
    }

    /// <summary>Finds why a column mapping cannot be used to interpret a file with these headers.</summary>
    /// <param name="headers">The file's header row.</param>
    /// <param name="mapping">One entry per header: a field, or <see langword="null"/> for an extra column.</param>
    /// <returns>
    /// The problems, in a fixed order (wrong column count, no name, then each field mapped twice in field order);
    /// empty when <see cref="Interpret"/> will accept the mapping.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> or <paramref name="mapping"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<AttendeeMappingProblem> MappingProblems(IReadOnlyList<string> headers, IReadOnlyList<AttendeeField?> mapping)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<AttendeeMappingProblem>();
        if (mapping.Count != headers.Count)
        {
            problems.Add(new AttendeeMappingProblem(AttendeeMappingProblemKind.WrongColumnCount, null, []));
        }

        if (!mapping.Contains(AttendeeField.Name) && !mapping.Contains(AttendeeField.FamilyName) && !mapping.Contains(AttendeeField.GivenName))
        {
            problems.Add(new AttendeeMappingProblem(AttendeeMappingProblemKind.NoName, null, []));
        }

        foreach (var field in Enum.GetValues<AttendeeField>())
        {
            int[] columns = [.. Enumerable.Range(0, mapping.Count).Where(i => mapping[i] == field)];
            if (columns.Length > 1)
            {
                problems.Add(new AttendeeMappingProblem(AttendeeMappingProblemKind.FieldMappedTwice, field, columns));
            }
        }

        return problems;
    }

    /// <summary>Turns the rows of an attendee file into people under a column mapping, and says which rows are left out and why.</summary>
    /// <param name="table">The file, from <see cref="ReadTable"/>.</param>
    /// <param name="mapping">One entry per header: a field, or <see langword="null"/> to keep the column in <see cref="Profile.Extra"/>.</param>
    /// <param name="statuses">
    /// What the organizer said status values mean, keyed by the value as written (compared folded); they win over
    /// <see cref="ParseStatus"/>. <see langword="null"/> or empty to go by <see cref="ParseStatus"/> alone.
    /// </param>
    /// <returns>The accepted people and the rejected rows, both in file order.</returns>
    /// <remarks>
    /// A row is rejected, without affecting the others, when a cell is longer than its column allows, when it is
    /// a deleted connpass account ((退会ユーザー)), when the name is empty, when the e-mail is not an address, when the
    /// registration time is not a date and time (see <see cref="AttendeeField.RegisteredAt"/>), or when
    /// its key is that of an earlier accepted row, or when its status is a word neither <see cref="ParseStatus"/> nor
    /// <paramref name="statuses"/> knows (<see cref="StatusValues"/> lists them). An empty status counts as attending.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="mapping"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="MappingProblems"/> finds a problem with the mapping.</exception>
    public static AttendeeImportPreview Interpret(AttendeeTable table, IReadOnlyList<AttendeeField?> mapping, IReadOnlyDictionary<string, AttendeeStatus>? statuses = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = MappingProblems(table.Headers, mapping);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].LocalizedMessage(CultureInfo.InvariantCulture, table.Headers), nameof(mapping));
        }

        var columns = Enum.GetValues<AttendeeField>().ToDictionary(f => f, f => IndexOf(mapping, f));
        var accepted = new List<ImportedAttendee>();
        var rejected = new List<RejectedAttendeeRow>();
        var firstLineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var chosen = FoldChoices(statuses);
        var timeColumn = columns[AttendeeField.RegisteredAt];
        var dayFirst = timeColumn >= 0 && FormTimestamps.OrderOf(table.Headers[timeColumn], table.Rows.Select(r => r.Cells[timeColumn]));

        // Each row is read on its own, on every core for a large file (at 50,000 rows this was two thirds of reading it on
        // one); only whether the person came earlier in the file depends on other rows, and that is decided after, in
        // file order, for the rows nothing else rejects — as it always was.
        var rows = table.Rows;
        var outcomes = new (ImportedAttendee? Attendee, RejectedAttendeeRow? Rejection)[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = rows.Count < 1024 ? 1 : -1 }, i =>
            outcomes[i] = InterpretRow(rows[i], table.Headers, mapping, columns, chosen, dayFirst));
        foreach (var (attendee, rejection) in outcomes)
        {
            if (attendee is null)
            {
                rejected.Add(rejection!);
            }
            else if (firstLineOfKey.TryGetValue(attendee.Key, out var earlier))
            {
                rejected.Add(new RejectedAttendeeRow(attendee.Line, AttendeeRowProblem.DuplicatePerson, earlier.ToString(CultureInfo.InvariantCulture)));
            }
            else
            {
                accepted.Add(attendee);
                firstLineOfKey.Add(attendee.Key, attendee.Line);
            }
        }

        return new AttendeeImportPreview(accepted, rejected);
    }

    /// <summary>Reads an attendance, approval or order status as connpass, Peatix, Luma, Eventbrite or a form's respondent would write it.</summary>
    /// <param name="text">The status cell.</param>
    /// <returns>
    /// <see cref="AttendeeStatus.Attending"/> for 参加, 出席, 支払い済み, 無料, 支払い待ち, approved, Attending, Checked In,
    /// registered, 参加します, or an empty cell; <see cref="AttendeeStatus.Waitlisted"/> for anyone not yet confirmed (補欠,
    /// キャンセル待ち, waitlist, pending_approval, 支払確認中, 未定); <see cref="AttendeeStatus.Cancelled"/> for a cancelled
    /// registration (参加キャンセル, キャンセル済み, 期限切れ, refunded); <see cref="AttendeeStatus.NotAttending"/> for anyone who
    /// said no (declined, 欠席, 欠席します, 不参加, Not Attending); <see langword="null"/> for a word not known here, which must be shown to the organizer, never
    /// taken as attending.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static AttendeeStatus? ParseStatus(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AttendeeStatusWords.Parse(text);
    }

    /// <summary>Lists the distinct values of the status column of a file under a mapping, with what each becomes.</summary>
    /// <param name="table">The file, from <see cref="ReadTable"/>.</param>
    /// <param name="mapping">One entry per header, as for <see cref="Interpret"/>.</param>
    /// <param name="statuses">The organizer's choices so far, by value, as for <see cref="Interpret"/>; they win over Goen's reading.</param>
    /// <returns>The values in order of first appearance, an empty cell included when there is one; empty when no column is the status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="mapping"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<AttendeeStatusValue> StatusValues(AttendeeTable table, IReadOnlyList<AttendeeField?> mapping, IReadOnlyDictionary<string, AttendeeStatus>? statuses = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(mapping);
        var column = IndexOf(mapping, AttendeeField.Status);
        if (column < 0 || column >= table.Headers.Count)
        {
            return [];
        }

        var chosen = FoldChoices(statuses);
        var values = new List<(string Value, int Rows)>();
        var indexOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var value = row.Cells[column];
            var key = TextNormalizer.FoldKey(value);
            if (indexOfKey.TryGetValue(key, out var index))
            {
                values[index] = (values[index].Value, values[index].Rows + 1);
            }
            else
            {
                indexOfKey.Add(key, values.Count);
                values.Add((value, 1));
            }
        }

        return [.. values.Select(v => new AttendeeStatusValue(v.Value, StatusOf(v.Value, chosen), v.Rows))];
    }

    /// <summary>Gets the name of a field for a mapping screen, in the language of <paramref name="culture"/>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="culture">The culture to write in: Japanese for ja, English otherwise.</param>
    /// <returns>A short name, such as 「探していること」 or "needs (looking for)".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static string FieldName(AttendeeField field, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return AttendeeImportMessages.Format(culture, "Field" + field);
    }

    /// <summary>Gets the CSV options of the reader: quoted line breaks allowed, blank lines skipped.</summary>
    /// <param name="onMalformed">Called with each malformed record.</param>
    /// <param name="separator">The field separator: a comma unless the reader detected another.</param>
    /// <returns>The options.</returns>
    /// <remarks>
    /// Malformed quoting is noted rather than thrown, because the note says why (an unclosed quote or a
    /// stray one); the caller stops at the first one with <see cref="ThrowIfMalformed"/>.
    /// </remarks>
    private static CsvReaderOptions ReaderOptions(Action<CsvMalformedRecord> onMalformed, char separator = ',') => new()
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
    private static void ThrowIfMalformed(CsvMalformedRecord? malformed, string text, string file, char separator = ',')
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

    private static string[] ReadHeaders(CsvReader reader, string fileName)
    {
        string[] all = [.. reader.Headers.Select(h => h.Trim())];
        var count = all.Length;
        while (count > 0 && all[count - 1].Length == 0)
        {
            count--;
        }

        var headers = all[..count];
        if (headers.Length > MaxColumns)
        {
            throw new ProfileFileException(fileName, ProfileFileProblem.TooManyColumns, 1, 0, MaxColumns);
        }

        var firstColumnOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            if (headers[i].Length == 0)
            {
                throw new ProfileFileException(fileName, ProfileFileProblem.EmptyHeader, 1, i + 1);
            }

            if (!firstColumnOfKey.TryAdd(TextNormalizer.FoldKey(headers[i]), i + 1))
            {
                var earlier = firstColumnOfKey[TextNormalizer.FoldKey(headers[i])];
                throw new ProfileFileException(fileName, ProfileFileProblem.DuplicateHeader, 1, i + 1, earlier, i + 1, headers[i]);
            }
        }

        if (headers.Length == 0)
        {
            throw new ProfileFileException(fileName, ProfileFileProblem.EmptyHeader, 1, 1);
        }

        return headers;
    }

    private static (ImportedAttendee? Attendee, RejectedAttendeeRow? Rejection) InterpretRow(
        AttendeeRow row,
        IReadOnlyList<string> headers,
        IReadOnlyList<AttendeeField?> mapping,
        Dictionary<AttendeeField, int> columns,
        Dictionary<string, AttendeeStatus> chosenStatuses,
        bool dayFirst)
    {
        string Get(AttendeeField field) => columns[field] is var i and >= 0 ? row.Cells[i] : "";
        RejectedAttendeeRow Reject(AttendeeRowProblem problem, string detail) => new(row.Line, problem, detail);

        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var cell = row.Cells[i];
            if (cell.Length > LengthLimit(mapping[i]))
            {
                return (null, Reject(AttendeeRowProblem.FieldTooLong, headers[i]));
            }

            if (mapping[i] is null or AttendeeField.RegisteredAt && cell.Length > 0)
            {
                extra[headers[i]] = cell;
            }
        }

        var withdrawn = new[] { Get(AttendeeField.ExternalId), Get(AttendeeField.Name) }.FirstOrDefault(c => TextNormalizer.FoldKey(c) == WithdrawnUser);
        if (withdrawn is not null)
        {
            return (null, Reject(AttendeeRowProblem.WithdrawnUser, withdrawn));
        }

        var name = Get(AttendeeField.Name);
        if (name.Length == 0)
        {
            name = JoinName(Get(AttendeeField.FamilyName), Get(AttendeeField.GivenName));
        }

        if (name.Length == 0)
        {
            var nameColumn = new[] { AttendeeField.Name, AttendeeField.FamilyName, AttendeeField.GivenName }.Select(f => columns[f]).First(i => i >= 0);
            return (null, Reject(AttendeeRowProblem.EmptyName, headers[nameColumn]));
        }

        var email = Get(AttendeeField.Email);
        if (email.Length > 0 && !IsPlausibleEmail(email))
        {
            return (null, Reject(AttendeeRowProblem.InvalidEmail, email));
        }

        DateTime? registeredAt = null;
        if (Get(AttendeeField.RegisteredAt) is { Length: > 0 } time)
        {
            if (!FormTimestamps.TryParse(time, dayFirst, out var parsed))
            {
                return (null, Reject(AttendeeRowProblem.UnreadableTimestamp, time));
            }

            registeredAt = parsed;
        }

        if (StatusOf(Get(AttendeeField.Status), chosenStatuses) is not { } status)
        {
            return (null, Reject(AttendeeRowProblem.UnknownStatus, Get(AttendeeField.Status)));
        }

        var id = Get(AttendeeField.ExternalId);
        var key = id.Length > 0 ? "id:" + TextNormalizer.FoldKey(id)
            : email.Length > 0 ? "email:" + TextNormalizer.FoldKey(email)
            : "name:" + TextNormalizer.FoldKey(name);
        var profile = new Profile
        {
            Name = name,
            Organization = Get(AttendeeField.Organization),
            Offers = Get(AttendeeField.Offers),
            Needs = Get(AttendeeField.Needs),
            Interests = Get(AttendeeField.Interests),
            Languages = ProfileCsv.ParseLanguages(Get(AttendeeField.Languages)),
            Extra = extra,
        };
        var attendee = new ImportedAttendee(row.Line, key, profile, Get(AttendeeField.Role), email, status, Get(AttendeeField.ReceptionNumber)) { RegisteredAt = registeredAt };
        return (attendee, null);
    }

    private static string JoinName(string family, string given)
    {
        if (family.Length == 0 || given.Length == 0)
        {
            return family.Length == 0 ? given : family;
        }

        // Japanese names are written family name first; Latin-script names given name first.
        var japanese = (family + given).Any(c => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF66' and <= '\uFF9F'));
        return japanese ? $"{family} {given}" : $"{given} {family}";
    }

    private static Dictionary<string, AttendeeStatus> FoldChoices(IReadOnlyDictionary<string, AttendeeStatus>? statuses)
    {
        var chosen = new Dictionary<string, AttendeeStatus>(StringComparer.Ordinal);
        foreach (var (value, status) in statuses ?? new Dictionary<string, AttendeeStatus>())
        {
            chosen[TextNormalizer.FoldKey(value)] = status;
        }

        return chosen;
    }

    private static AttendeeStatus? StatusOf(string value, Dictionary<string, AttendeeStatus> chosen) =>
        chosen.TryGetValue(TextNormalizer.FoldKey(value), out var status) ? status : AttendeeStatusWords.Parse(value);

    private static int LengthLimit(AttendeeField? field) =>
        field is null or AttendeeField.Offers or AttendeeField.Needs or AttendeeField.Interests ? ProfileCsv.MaxTextFieldLength : ProfileCsv.MaxShortFieldLength;

    private static bool IsPlausibleEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < email.Length - 1 && email.IndexOf('@', at + 1) < 0 && !email.Any(char.IsWhiteSpace);
    }

    private static int IndexOf(IReadOnlyList<AttendeeField?> mapping, AttendeeField field)
    {
        for (var i = 0; i < mapping.Count; i++)
        {
            if (mapping[i] == field)
            {
                return i;
            }
        }

        return -1;
    }
}
