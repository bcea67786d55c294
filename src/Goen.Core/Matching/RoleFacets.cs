using System.Buffers;
using System.Collections.Frozen;
using System.Numerics;
using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// The role a helper plays around the thing a need and an offer share: renting it out, repairing it, supplying it,
/// teaching it, making or doing it, buying it, or advising on it. A photo studio that shoots products shares 撮影スタジオ
/// with 「撮影スタジオを時間貸ししてくれるところ」, but the need asks for someone who rents a studio out; a video producer
/// shares 動画制作 with 「動画制作を学びたい」, but the need asks for a teacher.
/// </summary>
/// <remarks>
/// <para>Found once per text, at analysis time, as bits beside <see cref="ScopeFacets"/> (same <c>int</c>, bits
/// <see cref="Rent"/> to <see cref="Advise"/>). An offer's bits are the roles it plays, read from what it offers (not
/// from what it rules out). A need's bits are the roles a helper may play to meet it: the role asked for (借りたい,
/// 修理してほしい, 習いたい, 仕入れたい, 買い取ってほしい, 作ってほしい, 相談したい) and the roles that meet it too (someone
/// who builds things can repair them; a consultant can teach). A need whose verb asks to rent, learn, buy or sell is read
/// for that alone: 「撮影小物を仕入れたい」 asks for a supplier, not a shoot; a role noun before の names a setting
/// (「教室の」チラシ).</para>
/// <para>Either side naming no role says nothing against a match; an offer that names roles, none of which the need
/// accepts, cannot meet it (<see cref="ScopeFacets.Contradicts"/>). The words are general vocabulary of the trades,
/// matched as literal words on the NFKC-folded, lower-cased text (the longest word at a place wins, so 資金調達 is not
/// 調達 and 撮影スタジオ is a place, not a shoot).</para>
/// </remarks>
public static class RoleFacets
{
    /// <summary>Rents or lends the thing out (時間貸し, レンタル, 貸し出し, rental, for rent).</summary>
    public const int Rent = 1 << 18;

    /// <summary>Repairs or maintains it (修理, 保守, メンテナンス, repair, servicing).</summary>
    public const int Repair = 1 << 19;

    /// <summary>Supplies or sells it (販売, 卸, 輸入, supplier, wholesale).</summary>
    public const int Supply = 1 << 20;

    /// <summary>Teaches it (教室, 講座, レッスン, 指導, lessons, course).</summary>
    public const int Teach = 1 << 21;

    /// <summary>Makes or does it for the client (制作, 撮影, 施工, 代行, 翻訳, build, shoot).</summary>
    public const int Do = 1 << 22;

    /// <summary>Buys it (買取, 買い付け, 仕入れます, we buy, buyer).</summary>
    public const int Buy = 1 << 23;

    /// <summary>Advises on it (相談, コンサル, アドバイス, advice, consulting).</summary>
    public const int Advise = 1 << 24;

    /// <summary>All the role bits.</summary>
    public const int All = Rent | Repair | Supply | Teach | Do | Buy | Advise;

    /// <summary>Set in an offer's bits when its services play different roles (<see cref="Services"/>), so that the role
    /// that counts for a need is that of the services it shares words with.</summary>
    public const int PerService = 1 << 30;

    /// <summary>The lowest role bit: a role mask shifted right by this fits in a byte.</summary>
    public const int Shift = 18;

    // What a need for one role accepts: someone who builds can repair, a maker supplies what it makes, a consultant can
    // teach, and advice can come from anyone who does the work.
    private static int Accepts(int asked) =>
        ((asked & Rent) != 0 ? Rent : 0)
        | ((asked & Repair) != 0 ? Repair | Do : 0)
        | ((asked & Supply) != 0 ? Supply | Do : 0)
        | ((asked & Teach) != 0 ? Teach | Advise : 0)
        | ((asked & Do) != 0 ? Do | Repair | Advise : 0)
        | ((asked & Buy) != 0 ? Buy : 0)
        | ((asked & Advise) != 0 ? Advise | Do | Teach | Repair : 0);

    /// <summary>Finds the roles an offer plays.</summary>
    /// <param name="folded">The offer without its negated clauses, NFKC-folded and lower-cased.</param>
    /// <returns>The role bits found; 0 when it names none.</returns>
    public static int Offer(string folded) => Find(folded, OfferWords).Roles;

    /// <summary>Finds the services of an offer and the roles each plays, when they differ.</summary>
    /// <param name="offered">The offer with its negated clauses blanked (<see cref="NegatedClauses.Without"/>), in the
    /// original characters: the services' places are places in the original text.</param>
    /// <param name="folded"><paramref name="offered"/> NFKC-folded and lower-cased, when the caller has it.</param>
    /// <returns>Each service as a [start, end) range of <paramref name="offered"/> with the roles it names (0 when it names
    /// none: then the offer's roles as a whole count for it); <see langword="null"/> when the offer names fewer than two roles
    /// or every service that names a role names the same ones, so the roles of the whole offer say the same.</returns>
    /// <remarks>A service ends at a comma, a full stop, a bracket or a conjunction (と, "and", "&amp;"); a list within one
    /// service (「チラシ・名刺の印刷」) shares its role word. A service that is nothing but role words (「ギターのレッスンと修理」,
    /// "lessons and repairs") names no thing of its own: its roles belong to the service before it. 「記帳代行と記帳の指導」 is
    /// then bookkeeping done (代行) and bookkeeping taught (指導), and 「確定申告、記帳の指導」 teaches bookkeeping without doing it.</remarks>
    public static (int Start, int End, int Roles)[]? Services(string offered, string? folded = null)
    {
        ArgumentNullException.ThrowIfNull(offered);
        return BitOperations.PopCount((uint)Offer(folded ?? TextNormalizer.NfkcLower(offered))) < 2 ? null : Split(offered, OfferWords, need: false);
    }

    /// <summary>Finds the requests of a need and the roles each accepts, when they differ.</summary>
    /// <param name="need">The need, in the original characters.</param>
    /// <param name="folded"><paramref name="need"/> NFKC-folded and lower-cased, when the caller has it.</param>
    /// <returns>Each request as a [start, end) range of <paramref name="need"/> with the roles a helper may play to meet it, as
    /// <see cref="Need"/> reads them from the request alone (0 when it names none: it asks for no role in particular);
    /// <see langword="null"/> when every request accepts the same roles.</returns>
    /// <param name="setting">The need's setting (<see cref="NeedSettings.Find"/>), as [start, end) ranges of <paramref name="need"/>,
    /// or <see langword="null"/>: a request's roles are read without it (「ヨガレッスンに来てくれる」生徒さん asks for no teacher).</param>
    /// <remarks>Requests are cut as <see cref="Services"/> cuts services: 「英語の資料を訳してくれる人、20人で使える会場」 asks for a
    /// translator in one request and a place to rent in the other, and a helper is held to the request they share words with.</remarks>
    public static (int Start, int End, int Roles)[]? Requests(string need, string? folded = null, IReadOnlyList<(int Start, int End)>? setting = null)
    {
        ArgumentNullException.ThrowIfNull(need);
        return Find(folded ?? TextNormalizer.NfkcLower(need), NeedWords).Roles == 0 ? null : Split(need, NeedWords, need: true, setting);
    }

    private static (int Start, int End, int Roles)[]? Split(string text, Words words, bool need, IReadOnlyList<(int Start, int End)>? setting = null)
    {
        var parts = new List<(int Start, int End, int Roles)>();
        var start = 0;
        while (start < text.Length)
        {
            var (end, next) = ServiceEnd(text, start, need);
            var found = Find(TextNormalizer.NfkcLower(text.AsSpan(start, end - start)), words);
            if (setting is { Count: > 0 } && Without(text, start, end, setting) is { } asked)
            {
                // What the request asks for is read without its setting; whether it names a thing of its own is not (a place asked
                // for, 「20人で使える」会場, is a request of its own, not a role word of the one before).
                var read = Find(TextNormalizer.NfkcLower(asked), words);
                found = (read.Roles, read.Decisive, found.Bare);
            }

            var roles = need ? Accepted(found.Roles, found.Decisive) : found.Roles;
            if (roles != 0 && found.Bare && parts.Count > 0)
            {
                parts[^1] = parts[^1] with { Roles = parts[^1].Roles | roles };
            }
            else if (end > start)
            {
                parts.Add((start, end, roles));
            }

            start = next;
        }

        // An offer's service that names no role is done by the offer as a whole; a need's request that names none asks for no
        // role in particular, so it differs from one that does.
        int? first = null;
        foreach (var (_, _, roles) in parts)
        {
            if (roles == 0 && !need)
            {
                continue;
            }

            if (first is { } seen && roles != seen)
            {
                return [.. parts];
            }

            first = roles;
        }

        return null;
    }

    // The part [start, end) of a text with the setting inside it blanked; null when none of the setting lies inside it.
    private static string? Without(string text, int start, int end, IReadOnlyList<(int Start, int End)> setting)
    {
        char[]? chars = null;
        foreach (var (from, to) in setting)
        {
            var (a, b) = (Math.Max(from, start), Math.Min(to, end));
            if (a < b)
            {
                chars ??= text.ToCharArray(start, end - start);
                chars.AsSpan(a - start, b - a).Fill(' ');
            }
        }

        return chars is null ? null : new string(chars);
    }

    // Where the service that starts at `start` ends (at a comma, a full stop, と between two nouns, " and " or " & ", and in an
    // offer at a bracket) and where the next one starts. In a need a bracket is an aside within the request (「講師（子ども好きな
    // 方）を」); と inside kana is no conjunction (まとめて, ひとり).
    internal static (int End, int Next) ServiceEnd(string text, int start, bool need)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'と' ? i > start && i + 1 < text.Length && !IsKana(text[i - 1]) && !IsKana(text[i + 1])
                : ServiceBreaks.Contains(c) ? !(need && Brackets.Contains(c))
                : c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return (i, i + 1);
            }

            if (c == ' ' && text.AsSpan(i).StartsWith(" and ", StringComparison.OrdinalIgnoreCase))
            {
                return (i, i + 5);
            }

            if (c == ' ' && text.AsSpan(i).StartsWith(" & ", StringComparison.Ordinal))
            {
                return (i, i + 3);
            }
        }

        return (text.Length, text.Length);
    }

    private static bool IsKana(char c) => c is (>= 'ぁ' and <= 'ゖ') or ' ' or '　';

    private static readonly SearchValues<char> ServiceBreaks = SearchValues.Create("、，,;；。．!！?？()（）「」『』【】\n\r—");

    private static readonly SearchValues<char> Brackets = SearchValues.Create("()（）「」『』【】");

    /// <summary>Finds the roles a helper may play to meet a need.</summary>
    /// <param name="folded">The need, NFKC-folded and lower-cased.</param>
    /// <returns>The accepted role bits; 0 when the need names no role.</returns>
    public static int Need(string folded)
    {
        var (asked, decisive, _) = Find(folded, NeedWords);
        return Accepted(asked, decisive);
    }

    // A decisive verb of asking says the whole request (repairing aside); what it asks for accepts the roles that meet it.
    private static int Accepted(int asked, int decisive)
    {
        if (decisive != 0)
        {
            asked = decisive | (asked & Repair);
        }

        return asked == 0 ? 0 : Accepts(asked);
    }

    // The roles, the decisive ones, and whether the text is nothing but role words (what is left is kana, spaces and marks).
    private static (int Roles, int Decisive, bool Bare) Find(string folded, Words words)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var roles = 0;
        var decisive = 0;
        var at = 0;
        var covered = 0;
        var bare = true;
        while (at < folded.Length)
        {
            at = words.Finder.Next(folded, at, out var best);
            if (at < 0)
            {
                break;
            }

            var end = at + best.Word.Length;

            // In a need, a role noun before の names the setting of what is asked (「教室の」チラシ, 「講座の」動画), not the request;
            // a place asked for counts only as the head of its phrase (「…で使える会場」, not 「会場で配るチラシ」).
            if (!(words.SettingBeforeNo && end < folded.Length && folded[end] == 'の' && !best.Value.Decisive)
                && (!words.HeadOnly.Contains(best.Word) || end == folded.Length || folded[end] is ' ' or 'を' or 'が' || ServiceBreaks.Contains(folded[end])))
            {
                roles |= best.Value.Role;
                decisive |= best.Value.Decisive ? best.Value.Role : 0;
            }

            if (best.Value.Role != 0)
            {
                bare &= !NamesAThing(folded.AsSpan(covered, at - covered));
                covered = end;
            }

            at = Math.Max(end, at + 1);
        }

        return (roles, decisive, bare && !NamesAThing(folded.AsSpan(covered)));
    }

    // Whether text between role words names something: a letter or digit that is not hiragana (particles, okurigana).
    private static bool NamesAThing(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && c is < 'ぁ' or > 'ゖ')
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Words
    {
        // A word written with a trailing $ counts only as the head of its phrase (followed by the end, a break, a space, を or が).
        public Words(bool settingBeforeNo, params (string Words, int Role, bool Decisive)[] lists)
        {
            SettingBeforeNo = settingBeforeNo;
            var all = lists.SelectMany(l => l.Words.Split('|').Select(w => (Word: w.TrimEnd('$'), l.Role, l.Decisive))).ToArray();
            HeadOnly = lists.SelectMany(l => l.Words.Split('|')).Where(w => w.EndsWith('$')).Select(w => w.TrimEnd('$')).ToFrozenSet();
            Finder = new WordFinder<(int Role, bool Decisive)>(all.Select(w => (w.Word, (w.Role, w.Decisive))));
        }

        public bool SettingBeforeNo { get; }

        public FrozenSet<string> HeadOnly { get; }

        public WordFinder<(int Role, bool Decisive)> Finder { get; }
    }

    // Words that hold a role word but name something else (資金調達 is fundraising; 撮影スタジオ and 料理教室 are places when
    // asked for; "rental income" is income): role 0, and being longer they win at their place.
    private const string Neutral = "資金調達|撮影スタジオ|撮影場所|撮影会場|撮影機材|制作会社|販売促進|販促|相談役|"
        + "rental income|rental property|repair shop";

    private static readonly Words OfferWords = new(
        false,
        (Neutral, 0, false),
        ("時間貸し|時間貸|貸し出し|貸出|レンタル|貸します|貸切|貸し切り|賃貸|リース|シェアオフィス|コワーキング|スペース貸|会議室貸|"
            + "rent|rental|rentals|for hire|equipment hire|lease|leasing|hourly booking", Rent, false),
        ("修理|修繕|保守|メンテナンス|点検|整備|補修|リペア|"
            + "repair|repairs|servicing|maintenance|maintain|fix ", Repair, false),
        // A maker that sells what it makes (製造販売, 製造・販売 is 製造 and 販売) supplies its goods; it does not make to order.
        ("販売|卸|輸入|直販|取り扱い|取扱|通販|小売|製造販売|"
            + "sell|sells|selling|sales of|supplier|supply|supplies|wholesale|distributor|import", Supply, false),
        ("教室|講座|レッスン|クラス|指導|講師|研修|スクール|家庭教師|塾|ワークショップ|教えます|個別指導|コーチング|"
            + "lesson|lessons|class|classes|course|courses|teach|teaching|tutor|tutoring|training|workshop|workshops|school|coaching|coach", Teach, false),
        ("制作|製作|作成|撮影|施工|工事|代行|開発|設計|翻訳|通訳|製造|加工|印刷|編集|執筆|ライティング|運用|請負|作ります|撮ります|ポートレート|"
            + "headshots|portraits|build|building|make|making|shoot|shooting|production|produce|develop|development|design|translation|translate|"
            + "writing|editing|printing|manufacturing|photography|filming|bookkeeping|"
            + "企画運営|運営|手配|コーディネート|coordination|coordinator|organizing|organising|event management|event planning|"
            + "営業代行|販売代行|販売代理|sales agent|sales agency|sales outsourcing|sales representation", Do, false),
        ("買取|買い取り|下取り|買い付け|仕入れます|バイヤー|we buy|buying|buyer|sourcing", Buy, false),
        ("相談|コンサル|アドバイス|助言|顧問|advice|advising|advisory|consulting|consultant|consultancy", Advise, false));

    // A need's verbs of asking (借りたい, 習いたい, 仕入れたい, 買い取ってほしい) are decisive: they say the whole request, and
    // the making words beside them name the thing (撮影小物を仕入れたい, 動画制作を学びたい). Its nouns (レンタル, 教室, 卸, 研修)
    // say a role only beside the others' (「自分の講座を動画にして…撮影と編集ができる人」 asks for a shoot).
    private static readonly Words NeedWords = new(
        true,
        (Neutral, 0, false),
        ("借りたい|借りられる|借りれる|貸してくれる|貸してほしい|貸して欲しい|時間貸し|時間貸|rent |borrow", Rent, true),
        ("レンタル|貸切|貸し切り|リース|賃貸|rental|lease", Rent, false),

        // A place asked for is one to rent or borrow, from whoever has it (a venue, not an event planner who finds one).
        ("会場$|スペース$|会議室$|場所$|venue|venues|event space|office space|meeting room|meeting space|shop space|rental space", Rent, false),
        ("修理|修繕|保守|メンテナンス|点検|整備|補修|直して|直せる|直してくれる|"
            + "repair|repaired|servicing|maintenance|maintain|fix |fixed|fixing", Repair, false),
        ("買いたい|購入したい|仕入れたい|仕入れられる|仕入れる|仕入れ先|仕入先|卸してくれる|卸してほしい|"
            + "to buy|to purchase|to source", Supply, true),
        ("購入先|調達|卸|取り扱っている|supplier|suppliers|wholesale|wholesaler", Supply, false),
        ("習いたい|学びたい|教わりたい|学べる|習える|勉強したい|身につけたい|方を教え|コツを教え|"
            + "to learn|learn how|teach me|take lessons", Teach, true),
        ("教室|講座|レッスン|講師|研修|lesson|lessons|course|class|classes|tutor|teacher|training|workshop", Teach, false),
        ("制作|製作|作成|撮影|施工|工事|代行|開発|設計|翻訳|通訳|製造|加工|印刷|編集|執筆|作って|撮って|作れる|撮れる|作りたい|撮りたい|してくれる|やってくれる|"
            + "任せたい|任せられる|頼みたい|頼める|依頼したい|外注|代わりに|"
            + "build|make|shoot|produce|develop|design|translate|write|someone to do|take over|handle", Do, false),

        // Someone to sell for the asker (a sales partner, an agent) does the selling as a service; a shop that sells its own goods
        // supplies them, and meets no such request.
        ("営業代行|販売代行|販売代理|営業パートナー|販売パートナー|営業マン|sales partner|sales partners|sales agent|sales agents|sales rep|sales reps|"
            + "sales representative|sales representatives", Do, false),
        ("買い取って|買い取ってくれる|引き取って|仕入れてくれる|置いてくれる|卸先|売り先|"
            + "buy my|sell my|buyers for|stockists for", Buy, true),
        ("買取|買い取り|下取り|buyer|buyers|stockist|stockists", Buy, false),
        ("相談したい|相談できる|相談に乗って|アドバイス|助言|意見|"
            + "advice|advise|consult|consulting", Advise, false));
}
