using Goen.Core.Text;

namespace Goen.Core.Profiles;

/// <summary>
/// Tells what an attendee file's columns probably mean from their headers: exact names first
/// (<see cref="ProfileColumns"/> and the names below), then words found inside question texts, then
/// kana-name columns as a last resort for the name.
/// </summary>
/// <remarks>
/// Each column gets the one field it most likely means, and each field goes to its most likely column,
/// the leftmost on a tie; a column that loses stays unmapped rather than falling back to a weaker field,
/// so the guess is easy to predict and to correct on the mapping screen.
/// </remarks>
internal static class AttendeeColumns
{
    // Scores: a platform's own column names beat exact aliases, which beat words found inside a
    // question (longer words first), which beat a kana reading of the name.
    private const int PlatformScore = 300;
    private const int ExactScore = 200;
    private const int ContainsScore = 100;
    private const int KanaNameScore = 50;

    private static readonly Dictionary<string, (AttendeeField Field, int Score)> Exact = BuildExact(new()
    {
        [AttendeeField.Name] = ["参加者名", "参加者氏名", "申込者名", "attendee name", "participant name", "your name", "full name", "nombre", "nombre completo", "nombre y apellidos"],
        [AttendeeField.Role] = ["役職", "肩書き", "肩書", "職種", "title", "role", "job title", "position"],
        [AttendeeField.Email] = ["メールアドレス", "メール", "eメール", "eメールアドレス", "email", "e-mail", "mail", "email address", "e-mail address", "mail address", "correo", "correo electrónico"],
        [AttendeeField.ExternalId] =
        [
            "参加者id", "参加者番号", "attendee id", "participant id", "user id", "ユーザーid", "会員id", "id",
            "チケット番号", "チケットid", "ticket number", "ticket id", "attendee #", "attendee number", "api id", "guest id",
        ],
        [AttendeeField.Status] =
        [
            "参加ステータス", "ステータス", "支払いステータス", "支払ステータス", "注文ステータス", "決済ステータス", "支払い状況", "状態", "status", "payment status", "order status",
            "approval status", "attendee status", "registration status", "参加表明", "出欠", "ご出欠", "参加可否",
        ],
        [AttendeeField.ReceptionNumber] = ["受付番号", "reception number", "受付no"],
        [AttendeeField.FamilyName] = ["姓", "苗字", "名字", "last name", "family name", "surname", "apellido", "apellidos"],
        [AttendeeField.GivenName] = ["名", "下の名前", "first name", "given name", "forename"],
    });

    private static readonly (AttendeeField Field, string Word)[] Contained = [.. new (AttendeeField, string[])[]
    {
        (AttendeeField.Name, ["お名前", "名前", "氏名", "your name", "full name", "name", "nombre", "ニックネーム", "呼ばれたい"]),
        (AttendeeField.Organization, ["所属", "会社", "勤務先", "組織", "団体", "organization", "organisation", "company", "affiliation", "employer"]),
        (AttendeeField.Role, ["役職", "肩書", "職種", "job title", "role", "position"]),
        (AttendeeField.Offers, ["できること", "提供できる", "得意", "強み", "貢献できる", "手伝える", "can help", "you help", "help others", "can offer", "you offer", "offer", "skill"]),
        (AttendeeField.Needs, ["探している", "探しているもの", "求めている", "困っている", "欲しい", "相談したい", "知りたい", "会いたい", "looking for", "need"]),
        (AttendeeField.Interests, ["雑談", "趣味", "興味", "好きな", "話したい", "hobb", "interest", "small talk", "passion"]),
        (AttendeeField.Languages, ["言語", "language", "話せる"]),
        (AttendeeField.Email, ["メールアドレス", "mail address", "email", "e-mail"]),
        (AttendeeField.ReceptionNumber, ["受付番号"]),
    }.SelectMany(f => f.Item2.Select(w => (f.Item1, Key(w))))];

    // Columns that look like a field but are not: a ticket's name is not a person's, 出欠 is check-in, not registration,
    // an order can hold several tickets for several people, so an order number never identifies one, and a
    // convenience-store payment number (コンビニ受付番号) is not the reception number used at the door.
    private static readonly HashSet<string> Ignored = [.. new[]
    {
        "チケット名", "チケット", "ticket", "ticket name", "ticket type", "参加枠名", "枠名", "枚数", "quantity", "数量",
        "更新日時", "利用開始日", "出欠ステータス", "出席日時", "注文日時", "申込日時", "購入日時", "支払い方法", "支払方法",
        "注文id", "注文番号", "order id", "order number", "order no", "order #",
        "コンビニ受付番号", "コンビニ支払番号", "払込票番号", "お支払い受付番号", "payment number",
    }.Select(k => Key(k))];

    // The reading of a name: a whole header (フリガナ), a note in parentheses (参加者名(カナ)) or a suffix (氏名カナ).
    // Not any かな, which also ends questions (話したいことあるかな？).
    private static readonly string[] KanaMarks = [.. new[] { "カナ", "フリガナ", "ヨミガナ", "読み", "読み仮名", "kana", "furigana" }.Select(k => Key(k))];

    private static readonly string[] KanaSuffixes = [.. new[] { "フリガナ", "ヨミガナ", "名カナ", "kana", "furigana" }.Select(k => Key(k))];

    /// <summary>Tells the kind of file from its header row.</summary>
    /// <param name="headers">The header row.</param>
    /// <returns>The kind; <see cref="AttendeeFileKind.Other"/> when no platform's columns are there.</returns>
    public static AttendeeFileKind Detect(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(h => Key(h)).ToHashSet(StringComparer.Ordinal);
        if (keys.Contains(Key("ユーザー名")) && (keys.Contains(Key("参加ステータス")) || keys.Contains(Key("参加枠名"))))
        {
            return AttendeeFileKind.Connpass;
        }

        if (headers.Count > 0 && IsFormTimestamp(Key(headers[0])))
        {
            return AttendeeFileKind.GoogleForms;
        }

        string[] luma = ["approval_status", "checked_in_at", "ticket_name"];
        if (keys.Contains(Key("api_id")) && luma.Any(k => keys.Contains(Key(k))))
        {
            return AttendeeFileKind.Luma;
        }

        string[] eventbrite = ["Attendee #", "Attendee Status", "Ticket Type"];
        if (keys.Contains(Key("Order #")) && eventbrite.Any(k => keys.Contains(Key(k))))
        {
            return AttendeeFileKind.Eventbrite;
        }

        string[] peatix = ["チケット名", "枚数", "参加者名", "支払いステータス", "支払ステータス", "注文ステータス"];
        if (peatix.Any(p => keys.Contains(Key(p))) || keys.Any(k => k.Contains(Key("注文"), StringComparison.Ordinal)))
        {
            return AttendeeFileKind.Peatix;
        }

        var fields = headers.Select(ProfileColumns.FieldOf).ToHashSet();
        return fields.Contains(ProfileField.Name) && fields.Overlaps([ProfileField.Offers, ProfileField.Needs, ProfileField.Interests])
            ? AttendeeFileKind.GoenProfiles
            : AttendeeFileKind.Other;
    }

    /// <summary>Guesses the field of each column.</summary>
    /// <param name="headers">The header row.</param>
    /// <param name="kind">The kind of file, for platform-specific columns.</param>
    /// <returns>One entry per header: its field, or <see langword="null"/> to keep it as an extra column.</returns>
    public static AttendeeField?[] Guess(IReadOnlyList<string> headers, AttendeeFileKind kind)
    {
        var best = headers.Select(h => Best(h, kind)).ToArray();
        var mapping = new AttendeeField?[headers.Count];
        foreach (var field in Enum.GetValues<AttendeeField>())
        {
            var winner = -1;
            for (var i = 0; i < best.Length; i++)
            {
                if (best[i] is { } b && b.Field == field && (winner < 0 || b.Score > best[winner]!.Value.Score))
                {
                    winner = i;
                }
            }

            if (winner >= 0)
            {
                mapping[winner] = field;
            }
        }

        return mapping;
    }

    private static (AttendeeField Field, int Score)? Best(string header, AttendeeFileKind kind)
    {
        var whole = Key(header, stripParentheses: false);
        var key = Key(header);
        if (IsFormTimestamp(key))
        {
            // Only a form's own timestamp column: its formats are known. Elsewhere a time column stays as written.
            return kind == AttendeeFileKind.GoogleForms ? (AttendeeField.RegisteredAt, PlatformScore) : null;
        }

        if (Ignored.Contains(key) || Ignored.Contains(whole))
        {
            return null;
        }

        if (kind == AttendeeFileKind.Connpass && key == Key("ユーザー名"))
        {
            return (AttendeeField.ExternalId, PlatformScore);
        }

        if (kind == AttendeeFileKind.Connpass && key == Key("表示名"))
        {
            return (AttendeeField.Name, PlatformScore);
        }

        var exact = ExactField(key);
        var contained = Contained
            .Where(c => whole.Contains(c.Word, StringComparison.Ordinal))
            .OrderByDescending(c => c.Word.Length)
            .Select(c => ((AttendeeField Field, int Score)?)(c.Field, ContainsScore + c.Word.Length))
            .FirstOrDefault();
        if (KanaMarks.Contains(key) || KanaMarks.Any(m => whole.Contains("(" + m, StringComparison.Ordinal)) || KanaSuffixes.Any(m => key.EndsWith(m, StringComparison.Ordinal)))
        {
            // A reading of the name (参加者名(カナ), フリガナ) stands in for the name only when nothing better does.
            var nameLike = exact?.Field == AttendeeField.Name || contained?.Field == AttendeeField.Name || KanaMarks.Contains(key);
            return nameLike ? (AttendeeField.Name, KanaNameScore) : null;
        }

        return exact ?? contained;
    }

    private static bool IsFormTimestamp(string key) => key == Key("タイムスタンプ") || key == Key("timestamp") || key == Key("marca temporal");

    private static (AttendeeField Field, int Score)? ExactField(string key)
    {
        if (Exact.TryGetValue(key, out var found))
        {
            return found;
        }

        return ProfileColumns.FieldOf(key) switch
        {
            ProfileField.Name => (AttendeeField.Name, ExactScore),
            ProfileField.Organization => (AttendeeField.Organization, ExactScore),
            ProfileField.Offers => (AttendeeField.Offers, ExactScore),
            ProfileField.Needs => (AttendeeField.Needs, ExactScore),
            ProfileField.Interests => (AttendeeField.Interests, ExactScore),
            ProfileField.Languages => (AttendeeField.Languages, ExactScore),
            _ => null,
        };
    }

    /// <summary>Folds a header for comparison: width, case and kana folded; spaces, underscores, hyphens, colons and asterisks dropped.</summary>
    /// <param name="header">A header or alias.</param>
    /// <param name="stripParentheses">Whether to drop a parenthesized note at the end (「できること（任意）」).</param>
    /// <returns>The folded key.</returns>
    private static string Key(string header, bool stripParentheses = true)
    {
        var folded = TextNormalizer.FoldKey(header);
        var paren = folded.IndexOf('(', StringComparison.Ordinal);
        if (stripParentheses && paren > 0)
        {
            folded = folded[..paren];
        }

        return new string([.. folded.Where(c => c is not (' ' or '_' or '-' or ':' or '*'))]);
    }

    private static Dictionary<string, (AttendeeField Field, int Score)> BuildExact(Dictionary<AttendeeField, string[]> names)
    {
        var map = new Dictionary<string, (AttendeeField, int)>(StringComparer.Ordinal);
        foreach (var (field, aliases) in names)
        {
            foreach (var alias in aliases)
            {
                map[Key(alias)] = (field, ExactScore);
            }
        }

        return map;
    }
}
