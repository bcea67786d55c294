using System.Buffers;

namespace Goen.Core.Matching;

/// <summary>
/// The kind of thing a piece of work is about: a website, printed matter on paper, packaging and labels, a large-format or
/// canvas print, a sign, printed goods, a logo, photographs, video; and what is rented or sold: a venue, premises, equipment,
/// clothing. Two people in one field often share its words (デザイン, 印刷, レンタル, design, print) while one makes websites
/// and the other asks for a package or a label, or one rents out a room and the other needs sound equipment; the kinds they
/// name tell them apart.
/// </summary>
/// <remarks>
/// <para>Found once per text, at analysis time, as bits of an <c>int</c>; an offer's from what it offers (not from what it
/// rules out), a need's from the whole text. <see cref="Contradicts"/> holds an offer that names kinds against a need that
/// names kinds and shares none of them; either side naming none says nothing, and a text of every kind (全般, 各種,
/// "all kinds") or of work on words (翻訳, ライティング, translation: the text, whatever carries it) names none.</para>
/// <para>Only the thing worked on counts, not what it is for: a kind before 用, 向け or a verb of using or posting
/// (「Web用の撮影」, 「ホームページに載せる写真」), a kind that modifies another (「ホームページの写真」, "website photos"), and a
/// kind after "for our", "on my", "in the", "at the" ("photos for our website") are purposes, left out, as is a kind before
/// で (「会場で」, 「ホームページで」: where or through what something else is done). The words are general
/// vocabulary of the trades, matched as literal words on the NFKC-folded, lower-cased text; the longest word at a place
/// wins (写真プリント is a print, 化粧箱 packaging).</para>
/// </remarks>
public static class ObjectFacets
{
    /// <summary>A website or an online shop (ホームページ, ウェブサイト, LP, website).</summary>
    public const int Web = 1 << 0;

    /// <summary>Printed matter on paper (チラシ, 名刺, パンフレット, ポスター, flyers, business cards, brochures).</summary>
    public const int Paper = 1 << 1;

    /// <summary>Packaging and labels (パッケージ, 化粧箱, ラベル, packaging, labels).</summary>
    public const int Packaging = 1 << 2;

    /// <summary>Large-format, canvas and photo prints (キャンバス, 大判, 額装, canvas, photo prints).</summary>
    public const int LargePrint = 1 << 3;

    /// <summary>Signs (看板, のぼり, 横断幕, signage).</summary>
    public const int Signage = 1 << 4;

    /// <summary>Printed goods (Tシャツ, グッズ, ノベルティ, merchandise).</summary>
    public const int Goods = 1 << 5;

    /// <summary>A logo (ロゴ, logo).</summary>
    public const int Logo = 1 << 6;

    /// <summary>Photographs (写真, フォト, photos, photography, portraits).</summary>
    public const int Photo = 1 << 7;

    /// <summary>Video (動画, 映像, video, filming).</summary>
    public const int Video = 1 << 8;

    /// <summary>A place to use for a while: a venue, a meeting room, a rental space (会場, 貸し会議室, venue).</summary>
    public const int Venue = 1 << 9;

    /// <summary>Premises to lease or buy: property, real estate, an office or a shop (物件, 不動産, real estate, office space).</summary>
    public const int Premises = 1 << 10;

    /// <summary>Equipment and machines: sound, lighting, filming gear, a printing press (機材, 音響, 照明, 印刷機, 機械, equipment, machinery).</summary>
    public const int Equipment = 1 << 11;

    /// <summary>Clothing and costume (着物, 衣装, ドレス, kimono).</summary>
    public const int Clothing = 1 << 12;

    private const int Every = -1;

    /// <summary>Finds the kinds of thing an offer works on.</summary>
    /// <param name="folded">The offer without its negated clauses, NFKC-folded and lower-cased.</param>
    /// <returns>The kind bits; 0 when it names none or offers every kind.</returns>
    public static int Offer(string folded)
    {
        var kinds = Find(folded);
        return kinds == Every ? 0 : kinds;
    }

    /// <summary>Finds the kinds of thing a need asks to have worked on.</summary>
    /// <param name="folded">The need, NFKC-folded and lower-cased.</param>
    /// <returns>The kind bits; 0 when it names none.</returns>
    public static int Need(string folded)
    {
        var kinds = Find(folded);
        return kinds == Every ? 0 : kinds;
    }

    /// <summary>Whether an offer's kinds of thing rule out what a need asks for.</summary>
    /// <param name="offer">The offer's bits from <see cref="Offer"/>.</param>
    /// <param name="need">The need's bits from <see cref="Need"/>.</param>
    /// <returns><see langword="true"/> when both name kinds and share none.</returns>
    public static bool Contradicts(int offer, int need) => offer != 0 && need != 0 && (offer & need) == 0;

    /// <summary>Finds the next word of a kind of thing (not a word for every kind, nor one that only holds a kind's word).</summary>
    /// <param name="folded">The text, NFKC-folded and lower-cased.</param>
    /// <param name="at">Where to look from.</param>
    /// <param name="end">Where the word ends; -1 when there is none.</param>
    /// <param name="purpose">Whether the kind is only what something else is for (「ホームページに載せる」写真, "for our website").</param>
    /// <returns>Where the word starts; -1 when no kind is named after <paramref name="at"/>.</returns>
    internal static int NextKind(string folded, int at, out int end, out bool purpose)
    {
        while (at >= 0 && at < folded.Length)
        {
            at = Words.Next(folded, at, out var best);
            if (at < 0)
            {
                break;
            }

            var wordEnd = at + best.Word.Length;
            if (best.Value is not (0 or Every))
            {
                (end, purpose) = (wordEnd, Purpose(folded, at, wordEnd));
                return at;
            }

            at = Math.Max(wordEnd, at + 1);
        }

        (end, purpose) = (-1, false);
        return -1;
    }

    private static int Find(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var kinds = 0;
        var at = 0;
        (int Start, int End, int Kind) last = (-1, -1, 0);
        while (at < folded.Length)
        {
            at = Words.Next(folded, at, out var best);
            if (at < 0)
            {
                break;
            }

            if (best.Value == Every)
            {
                return Every;
            }

            var end = at + best.Word.Length;
            if (best.Value != 0)
            {
                // A kind that modifies this one (「ホームページの写真」, "website photos") is its setting, not the thing.
                if (last.Kind != 0 && Modifies(folded.AsSpan(last.End, at - last.End)))
                {
                    kinds &= ~last.Kind;
                }

                if (!Purpose(folded, at, end))
                {
                    kinds |= best.Value;
                    last = (at, end, best.Value);
                }
                else
                {
                    last = (-1, -1, 0);
                }
            }

            at = Math.Max(end, at + 1);
        }

        return kinds;
    }

    // Between two kinds, a short link of the modifying sort (の, 用の, に載せる, a space between English nouns) makes the first
    // a setting of the second; a conjunction or a list mark (と, ・, や, and, or) makes them two things.
    private static bool Modifies(ReadOnlySpan<char> between)
    {
        if (between.Length > 8 || between.IndexOfAny(Separators) >= 0 || between.Contains(" and ", StringComparison.Ordinal) || between.Contains(" or ", StringComparison.Ordinal))
        {
            return false;
        }

        return between.IsWhiteSpace() || between.SequenceEqual("-") || between.IndexOfAny(Links) >= 0;
    }

    // A kind before 用/向け or a verb of using or posting (「Web用」, 「ホームページに載せる」), or after "for our", "on my", "in the"
    // ("photos for our website"), is what the work is for.
    private static bool Purpose(string folded, int start, int end)
    {
        var after = folded.AsSpan(end);
        foreach (var word in PurposeAfter)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var before = folded.AsSpan(0, start).TrimEnd();
        var cut = before.LastIndexOf(' ');
        var previous = cut < 0 ? before : before[(cut + 1)..];
        if (previous is "my" or "our" or "the" or "a" or "an" or "your" or "their" or "its")
        {
            before = before[..Math.Max(0, cut)].TrimEnd();
            cut = before.LastIndexOf(' ');
            previous = cut < 0 ? before : before[(cut + 1)..];
            return previous is "for" or "on" or "in" or "into" or "to" or "at";
        }

        return false;
    }

    private static readonly SearchValues<char> Separators = SearchValues.Create("、，,;；。．!！?？()（）・/／とや&\n\r");

    private static readonly SearchValues<char> Links = SearchValues.Create("のに用で向");

    // 「会場で」, 「ホームページで」: where or through what something else is done.
    private static readonly string[] PurposeAfter = ["用", "向け", "に載せ", "にのせ", "に掲載", "掲載用", "で", "に使", "のため", "に貼", "に入れ"];

    // Words that hold a kind's word but name something else (名刺交換 is a meeting; 印刷機 is a machine, equipment), and words for every kind
    // (全般, 各種): longer, they win at their place.
    private static readonly (string Words, int Kind)[] Lists =
    [
        ("名刺交換|サイト運営者|箱根|film festival", 0),
        ("全般|各種|なんでも|何でも|all kinds|any kind|anything", Every),

        // Work on words (translating, writing, proofreading) is about the text, whatever it is printed or posted on.
        ("翻訳|通訳|英訳|和訳|訳して|ローカライズ|ローカライゼーション|校正|校閲|ライティング|原稿|文章|執筆|字幕|英語に|日本語に|英語版|"
            + "translation|translations|translate|translator|translating|localization|localisation|localize|proofreading|copywriting|writing|subtitles|subtitling", Every),
        ("ホームページ|ウェブサイト|webサイト|ウェブページ|webページ|ecサイト|サイト|ランディングページ|ネットショップ|ウェブデザイン|webデザイン|web制作|ウェブ制作|"
            + "website|websites|web site|web sites|web design|homepage|landing page|landing pages|online store|online shop|wordpress", Web),
        ("チラシ|フライヤー|名刺|ショップカード|パンフレット|リーフレット|ポスター|冊子|カタログ|会社案内|ダイレクトメール|封筒|ポストカード|年賀状|はがき|ハガキ|印刷物|"
            + "flyer|flyers|business card|business cards|brochure|brochures|leaflet|leaflets|poster|posters|catalog|catalogs|catalogue|catalogues|booklet|booklets|"
            + "postcard|postcards|printed matter|stationery", Paper),
        ("パッケージ|化粧箱|紙箱|貼り箱|ギフトボックス|包装|ラベル|ショッパー|紙袋|packaging|package design|package|label|labels|gift box|gift boxes", Packaging),
        ("キャンバス|大判|パネル加工|写真プリント|アートプリント|額装|canvas|large format|large-format|photo print|photo prints|photo printing|art prints|framing", LargePrint),
        ("看板|のぼり|横断幕|懸垂幕|サイネージ|signage|signboard|signboards|shop sign|shop signs", Signage),
        ("tシャツ|グッズ|ノベルティ|トートバッグ|ステッカー|t-shirt|t-shirts|merch|merchandise|tote bag|tote bags|stickers", Goods),
        ("ロゴ|ロゴマーク|logo|logos", Logo),
        ("写真|フォト|ポートレート|photo|photos|photograph|photographs|photography|photographer|headshots|portraits", Photo),
        ("動画|映像|ムービー|video|videos|filming|movie|movies", Video),

        // What is rented or bought: a place for an event is not premises to lease, and sound equipment is no kimono.
        ("会場|レンタルスペース|貸しスペース|イベントスペース|貸し会議室|会議室|パーティールーム|venue|venues|event space|rental space|meeting room|meeting rooms|party room", Venue),
        ("物件|不動産|賃貸物件|売買物件|テナント|空き家|real estate|property|properties|office space|shop space|retail space|apartment|apartments", Premises),
        ("機材|音響|照明|プロジェクター|撮影機材|equipment|gear|sound system|lighting|projector|"
            + "印刷機|機械|機器|設備|複合機|コピー機|工作機械|厨房機器|machine|machines|machinery|printing press|copier", Equipment),
        ("着物|浴衣|衣装|ドレス|kimono|yukata|costume|costumes", Clothing),
    ];

    private static readonly WordFinder<int> Words = new(Lists.SelectMany(l => l.Words.Split('|').Select(w => (w, l.Kind))));
}
