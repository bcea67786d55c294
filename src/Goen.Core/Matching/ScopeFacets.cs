using System.Text.RegularExpressions;
using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// The scope an offer states and a need asks for, as a few bits of meaning found once per text: where the work is
/// done (at the client's place, or at the helper's studio or shop only), whom it serves (individuals or companies
/// only), and what kind of people a recruiter supplies or a need wants to hire. An offer whose stated scope the need
/// contradicts cannot meet it, whatever words they share: a studio-only photographer for 「現場まで来て撮ってほしい」,
/// a tax adviser for companies only for "my own tax return", an IT recruiter for 接客スタッフ.
/// </summary>
/// <remarks>
/// <para>Each facet is a bit set when a text states it; a facet nobody states says nothing against a match
/// (<see cref="Contradicts"/> needs both sides to speak). The words are general vocabulary of the trades, in
/// Japanese and English, matched on the NFKC-folded, lower-cased text.</para>
/// <para>An offer's restriction is read from what it rules out (<see cref="NegatedClauses"/>: 「出張撮影は受けて
/// いません」, 「個人の確定申告は受けていません」) and from "only" phrases (「スタジオのみ」, 法人向け, "studio only",
/// "for freelancers").</para>
/// </remarks>
public static partial class ScopeFacets
{
    /// <summary>The need asks the helper to come to the client's place (来て, 現場, 出張, 訪問, on-site, come to).</summary>
    public const int AtClientPlace = 1 << 0;

    /// <summary>The offer is done only at the helper's own place or online (スタジオのみ, 出張は受けていません, studio only).</summary>
    public const int OwnPlaceOnly = 1 << 1;

    /// <summary>The need is a private person's own (私の, 個人の, 確定申告, my own, personal).</summary>
    public const int ForIndividual = 1 << 2;

    /// <summary>The need is a company's (弊社, 法人, 社員, our company, our staff).</summary>
    public const int ForCompany = 1 << 3;

    /// <summary>The offer serves companies only (法人向け, 法人専門, 外資系法人, 個人は受けていません, corporate clients, B2B).</summary>
    public const int CompaniesOnly = 1 << 4;

    /// <summary>The offer serves individuals only (個人向け, フリーランス向け, for freelancers, for individuals).</summary>
    public const int IndividualsOnly = 1 << 5;

    /// <summary>The offer serves foreign residents only (for foreign freelancers, for expats, 外国人向け, 在日外国人の方).</summary>
    public const int ForeignersOnly = 1 << 14;

    /// <summary>The need is written in Japanese and names nothing foreign (外国, 海外, ビザ, foreign…): a resident's own.</summary>
    public const int JapaneseResident = 1 << 15;

    /// <summary>The offer finds employees for a company (recruiting, staffing), not someone to take on a piece of work.</summary>
    public const int RecruitsEmployees = 1 << 6;

    /// <summary>The need is for someone to take on work, not an employee: a freelancer (フリーランスの…, 業務委託, a freelance
    /// developer), or a piece of work asked for (修理, 翻訳してくれる人; <see cref="RoleFacets"/>) with no hiring named.</summary>
    public const int WantsFreelancer = 1 << 7;

    /// <summary>The need asks for a whole job from one person (一式, 丸ごと, 一括, デザインから公開まで, end to end, from design to launch),
    /// or a site without naming the part of the work it wants (「予約を受けられるホームページ」: design and build).</summary>
    public const int WholeJob = 1 << 16;

    /// <summary>The offer rules out part of its own work (「コーディングは受けていません」, "no translation"); where and for whom aside.</summary>
    public const int RulesOutPart = 1 << 17;

    /// <summary>The people a recruiter supplies or a need hires: IT engineers.</summary>
    public const int StaffIt = 1 << 8;

    /// <summary>… hospitality, shop and front-desk staff.</summary>
    public const int StaffHospitality = 1 << 9;

    /// <summary>… office and clerical staff.</summary>
    public const int StaffOffice = 1 << 10;

    /// <summary>… teachers and instructors.</summary>
    public const int StaffTeaching = 1 << 11;

    /// <summary>… care and nursing staff.</summary>
    public const int StaffCare = 1 << 12;

    /// <summary>… construction and trade workers.</summary>
    public const int StaffTrades = 1 << 13;

    /// <summary>A licensed profession a need names or an offer practises: lawyer (弁護士).</summary>
    public const int ProfessionLawyer = 1 << 25;

    /// <summary>… tax accountant (税理士).</summary>
    public const int ProfessionTax = 1 << 26;

    /// <summary>… labour and social security attorney (社労士).</summary>
    public const int ProfessionLabour = 1 << 27;

    /// <summary>… judicial scrivener (司法書士: registrations).</summary>
    public const int ProfessionRegistration = 1 << 28;

    /// <summary>… administrative scrivener (行政書士: permits, visas).</summary>
    public const int ProfessionPermits = 1 << 29;

    private const int Professions = ProfessionLawyer | ProfessionTax | ProfessionLabour | ProfessionRegistration | ProfessionPermits;

    private const int StaffKinds = StaffIt | StaffHospitality | StaffOffice | StaffTeaching | StaffCare | StaffTrades;

    /// <summary>Finds the scope an offer states.</summary>
    /// <param name="text">The offer; <see langword="null"/> or empty states none.</param>
    /// <param name="negated">Its negated clauses, as <see cref="NegatedClauses.Find"/> gives them.</param>
    /// <returns>The bits of <see cref="OwnPlaceOnly"/>, <see cref="CompaniesOnly"/>, <see cref="IndividualsOnly"/> and the
    /// staff kinds (only when the offer is one of recruiting or staffing).</returns>
    public static int Offer(string? text, IReadOnlyList<(int Start, int End)> negated)
    {
        ArgumentNullException.ThrowIfNull(negated);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var folded = TextNormalizer.NfkcLower(text);
        var positive = negated.Count == 0 ? folded : TextNormalizer.NfkcLower(NegatedClauses.Without(text, negated));
        var scope = RoleFacets.Offer(positive) | Profession(positive, OfferProfessionWords);
        if (negated.Count == 0 && !AnyOfferScope().IsMatch(folded))
        {
            return scope;
        }

        var individualRuledOut = false;
        var companyRuledOut = false;
        foreach (var (start, end) in negated)
        {
            var clause = TextNormalizer.NfkcLower(text.AsSpan(start, end - start));
            var place = ClientPlace().IsMatch(clause);
            var individual = Individual().IsMatch(clause);
            var company = Company().IsMatch(clause);
            scope |= (place ? OwnPlaceOnly : 0) | (place || individual || company ? 0 : RulesOutPart);
            individualRuledOut |= individual;
            companyRuledOut |= company;
        }

        scope |= OwnPlace().IsMatch(folded) ? OwnPlaceOnly : 0;
        if ((individualRuledOut || CompaniesAudience().IsMatch(folded)) && !companyRuledOut && (individualRuledOut || !Individual().IsMatch(positive)))
        {
            scope |= CompaniesOnly;
        }

        scope |= (companyRuledOut || IndividualsAudience().IsMatch(folded)) && !individualRuledOut ? IndividualsOnly : 0;
        scope |= ForeignersAudience().IsMatch(positive) ? ForeignersOnly : 0;
        if (Recruits().IsMatch(positive))
        {
            scope |= RecruitsEmployees | Staff(positive);
        }

        return scope;
    }

    /// <summary>Finds the scope a need asks for.</summary>
    /// <param name="text">The need; <see langword="null"/> or empty asks none.</param>
    /// <returns>The bits of <see cref="AtClientPlace"/>, <see cref="ForIndividual"/> or <see cref="ForCompany"/> (not both),
    /// and the staff kinds (only when the need is to hire people).</returns>
    public static int Need(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var folded = TextNormalizer.NfkcLower(text);
        var professions = Profession(folded, NeedProfessionWords);
        var whole = Whole().IsMatch(folded) || (Site().IsMatch(folded) && !SitePart().IsMatch(folded));
        var scope = (NeedPlace().IsMatch(folded) ? AtClientPlace : 0) | (whole ? WholeJob : 0) | RoleFacets.Need(folded) | professions;

        // 確定申告 is a person's own return whoever writes it (a company files 法人税申告, 決算申告).
        if (PrivateTax().IsMatch(folded))
        {
            scope |= ForIndividual;
        }
        else if (Company().IsMatch(folded))
        {
            scope |= ForCompany;
        }
        else if (Individual().IsMatch(folded))
        {
            scope |= ForIndividual;
        }

        var hires = Hires().IsMatch(folded);
        if (hires)
        {
            scope |= Staff(folded);
        }

        // A need that asks for a piece of work (to repair, make, teach, rent: RoleFacets) and names no hiring is one for someone
        // to take it on, as a need for a freelancer is: a recruiter finds employees, it does not do the work.
        var work = (scope & RoleFacets.All) != 0 && !hires;
        scope |= (Freelancer().IsMatch(folded) || work) && !Employs().IsMatch(folded) ? WantsFreelancer : 0;
        scope |= folded.AsSpan().IndexOfAnyInRange('ぁ', 'ゖ') >= 0 && !Foreign().IsMatch(folded) ? JapaneseResident : 0;

        return scope;
    }

    /// <summary>Whether an offer's stated scope rules out what a need asks.</summary>
    /// <param name="offer">The offer's bits from <see cref="Offer"/>.</param>
    /// <param name="need">The need's bits from <see cref="Need"/>.</param>
    /// <returns><see langword="true"/> when the need asks for the client's place and the offer works at its own only, when the
    /// need is an individual's and the offer serves companies only (or the other way round), when the need is for a freelancer
    /// and the offer recruits employees, when the offer serves foreign residents only and the need is a Japanese writer's
    /// own with nothing foreign in it, when the need asks for a whole job and the offer rules out part of its work, when both name kinds of
    /// staff and share none, when the need names a licensed profession the offer does not practise, or when the offer plays roles around the thing and the need accepts none of them (<see cref="RoleFacets"/>).</returns>
    public static bool Contradicts(int offer, int need) =>
        ((need & AtClientPlace) != 0 && (offer & OwnPlaceOnly) != 0)
        || ((need & ForIndividual) != 0 && (offer & CompaniesOnly) != 0)
        || ((need & ForCompany) != 0 && (offer & IndividualsOnly) != 0)
        || ((need & WantsFreelancer) != 0 && (offer & RecruitsEmployees) != 0)
        || ((need & JapaneseResident) != 0 && (offer & ForeignersOnly) != 0)
        || ((need & WholeJob) != 0 && (offer & RulesOutPart) != 0)
        || ((offer & StaffKinds) != 0 && (need & StaffKinds) != 0 && (offer & need & StaffKinds) == 0)
        || ((need & Professions) != 0 && (offer & need & Professions) == 0)
        || ((offer & RoleFacets.All) != 0 && (need & RoleFacets.All) != 0 && (offer & need & RoleFacets.All) == 0);

    // A licensed profession's work is its own (業務独占): a need that names the profession is not met by another one's work,
    // nor by an offer that practises none (a translator of contracts, hiring know-how, a financial planner for a lawyer).
    // A need names the profession; an offer names it or the work only it does (登記, 就業規則, 訴訟).
    private static int Profession(string folded, (Literals Any, (Literals Words, int Bit)[] Each) words)
    {
        if (words.Any.IndexOfAny(folded) < 0)
        {
            return 0;
        }

        var found = 0;
        foreach (var (each, bit) in words.Each)
        {
            found |= each.IndexOfAny(folded) >= 0 ? bit : 0;
        }

        return found;
    }

    private static (Literals Any, (Literals Words, int Bit)[] Each) ProfessionWords(params (string[] Words, int Bit)[] lists) =>
        (new Literals(lists.SelectMany(l => l.Words)), [.. lists.Select(l => (new Literals(l.Words), l.Bit))]);

    private static readonly (Literals Any, (Literals Words, int Bit)[] Each) NeedProfessionWords = ProfessionWords(
        (["弁護士", "法律事務所", "lawyer", "attorney"], ProfessionLawyer),
        (["税理士", "tax accountant"], ProfessionTax),
        (["社労士", "社会保険労務士", "sharoushi"], ProfessionLabour),
        (["司法書士", "judicial scrivener"], ProfessionRegistration),
        (["行政書士", "administrative scrivener", "gyoseishoshi"], ProfessionPermits));

    private static readonly (Literals Any, (Literals Words, int Bit)[] Each) OfferProfessionWords = ProfessionWords(
        (["弁護士", "法律事務所", "訴訟", "企業法務", "法務", "法律相談", "リーガルチェック", "債権回収", "lawyer", "attorney", "litigation", "legal", "law firm", "corporate law"], ProfessionLawyer),
        (["税理士", "税務", "法人税申告", "確定申告", "青色申告", "申告代行", "tax accountant", "tax return", "tax filing", "tax advice"], ProfessionTax),
        (["社労士", "社会保険労務士", "就業規則", "労務相談", "sharoushi", "labour law", "labor law"], ProfessionLabour),
        (["司法書士", "登記"], ProfessionRegistration),
        (["行政書士", "在留資格", "許認可", "ビザ", "visa"], ProfessionPermits));

    private static int Staff(string folded) =>
        (StaffItWords().IsMatch(folded) ? StaffIt : 0)
        | (StaffHospitalityWords().IsMatch(folded) ? StaffHospitality : 0)
        | (StaffOfficeWords().IsMatch(folded) ? StaffOffice : 0)
        | (StaffTeachingWords().IsMatch(folded) ? StaffTeaching : 0)
        | (StaffCareWords().IsMatch(folded) ? StaffCare : 0)
        | (StaffTradesWords().IsMatch(folded) ? StaffTrades : 0);

    // Work done where the client is: 出張撮影, 現場, 訪問, 来て, お店まで/自宅まで, on-site, come to, visit our, at our office.
    private const string ClientPlacePattern = @"出張|現場|訪問|来て|きて(?:くれ|もら|いただ|ほし)|来られ|(?:店|お店|店舗|自宅|家|事務所|会社|オフィス|工場|会場)(?:まで|に来|へ来)|\bon[- ]?site\b|\bon[- ]?location\b|\bcome (?:to|out)\b|\bvisit (?:our|my|us|me)\b|\bhouse calls?\b|\btravel to\b|\bat (?:our|my) (?:office|shop|store|restaurant|home|site|premises|venue|factory)\b";

    [GeneratedRegex(ClientPlacePattern, RegexOptions.CultureInvariant)]
    private static partial Regex ClientPlace();

    // Work that can only be done where something happens: going along (同行, 立ち会い, accompany) and covering an event,
    // a conference or a wedding where it is held.
    private const string OnLocationPattern = @"同行|立ち会|付き添|(?:イベント|カンファレンス|展示会|セミナー|結婚式|披露宴|式典|会議|パーティー|現地)(?:の|で|を)?(?:記録|撮影|写真|様子|当日)|\baccompany\b|\b(?:cover|shoot|photograph|film)(?:ing)? (?:our|my|an?|the) (?:event|conference|wedding|ceremony|party|seminar|exhibition)|\b(?:event|conference|wedding|ceremony|party|seminar|exhibition) (?:photos|photography|coverage|filming)\b";

    // A need's place: the client's place named, or work that can only be done where it happens; one pass.
    [GeneratedRegex(ClientPlacePattern + "|" + OnLocationPattern, RegexOptions.CultureInvariant)]
    private static partial Regex NeedPlace();

    // Work done only at the helper's place or online: スタジオのみ, 自社スタジオでの撮影のみ, 来店のみ, オンラインのみ, studio only, in-store only.
    private const string OwnPlacePattern = @"(?:スタジオ|店頭|来店|店内|教室|オンライン|リモート)[^、。,.;()（）]{0,12}(?:のみ|限定|だけ)|\b(?:in[- ])?studio[- ]only\b|\bin[- ]studio only\b|\bonly (?:in|at) (?:our|my|the) (?:studio|shop|store|office)\b|\b(?:in[- ]store|online|remote) only\b|\bonly (?:online|remotely)\b";

    [GeneratedRegex(OwnPlacePattern, RegexOptions.CultureInvariant)]
    private static partial Regex OwnPlace();

    // A private person's own matter.
    [GeneratedRegex(@"個人(?!事業主向け)|私の|わたしの|自分の|僕の|家族の|相続|遺言|離婚|自宅|マイホーム|nisa|ideco|家計|\bmy own\b|\bmy (?:[a-z]+ )?(?:income|tax|taxes|tax return|savings|pension|home|house|apartment|family|will)\b|\bmy (?:personal|private)\b|\binheritance\b|\bdivorce\b|\bpersonal (?:tax|income|finance)|\bindividuals?\b|\bprivate (?:clients?|persons?|individuals?)\b|\bi'?m a freelancer\b|\bas a freelancer\b|\bi am a freelancer\b", RegexOptions.CultureInvariant)]
    private static partial Regex Individual();

    // The individual's own tax return: 確定申告 (of a company it is 法人税申告 or 決算), "tax return" with my/personal, kakutei shinkoku.
    [GeneratedRegex(@"(?<!法人の?)確定申告|kakutei shinkoku|\bmy [a-z ]{0,20}tax return", RegexOptions.CultureInvariant)]
    private static partial Regex PrivateTax();

    // A company's matter.
    [GeneratedRegex(@"法人|弊社|当社|自社|企業|会社|社員|従業員|投資先|スタートアップ|シードラウンド|シリーズ[a-c]|資金調達|\bstartup|\bseed round\b|\bour (?:company|firm|startup|employees|staff|team|business|clients|office|shop|store|restaurant|hotel|brand)\b|\bmy (?:company|firm|startup|employees|business)\b|\bcorporat|\bcompan(?:y|ies)\b|\bb2b\b", RegexOptions.CultureInvariant)]
    private static partial Regex Company();

    // An offer addressed to companies only.
    private const string CompaniesAudiencePattern = @"法人(?:のみ|専門|向け|様のみ|限定)|スタートアップ(?:向け|への|専門|限定)|\bfor (?:early[- ]stage )?startups\b|企業(?:のみ|専門|向け|限定|法務)|外資系法人|\bcorporate (?:clients?|law)\b|\bfor (?:companies|businesses|corporations|corporate)\b|\bcompanies only\b|\bb2b\b";

    [GeneratedRegex(CompaniesAudiencePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CompaniesAudience();

    // An offer addressed to individuals only.
    private const string IndividualsAudiencePattern = @"個人(?:のみ|専門|向け|限定|の方のみ)|(?:個人事業主|フリーランス)(?:向け|専門|限定|の方)|\bfor (?:[a-z]+ )?(?:freelancers|individuals|private clients|sole proprietors)\b|\bindividuals only\b";

    [GeneratedRegex(IndividualsAudiencePattern, RegexOptions.CultureInvariant)]
    private static partial Regex IndividualsAudience();

    // An offer of recruiting or staffing people; not a thing made about recruiting (採用動画, 採用サイト, recruitment videos),
    // which is the thing.
    private const string RecruitsPattern = @"採用(?!動画|映像|ムービー|サイト|ページ|ホームページ|hp|パンフレット|広報|ブランディング|写真|資料)|人材|求人|派遣|紹介予定|ヘッドハンティング|"
        + @"\brecruit(?!(?:ing|ment) (?:videos?|films?|websites?|sites?|pages?|brochures?|photos?|branding)\b)|\bstaffing\b|\bplacement\b|\bheadhunt|\bhiring\b|\btalent acquisition\b";

    [GeneratedRegex(RecruitsPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Recruits();

    // A whole job from one person: 一式, 丸ごと, 一括, ワンストップ, 〜から公開/納品/完成まで, end to end, from design to launch.
    [GeneratedRegex(@"一式|丸ごと|まるごと|一括|ワンストップ|から(?:公開|納品|完成|運用|施工|仕上げ)まで|\bend[- ]to[- ]end\b|\bfrom (?:design|planning|concept|start) to (?:launch|finish|delivery|completion)\b|\bone[- ]stop\b|\bturnkey\b", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    // A site asked for as such (「予約を受けられるホームページ」, "a website for my shop") is a whole job: design and build.
    [GeneratedRegex(@"ホームページ|ウェブサイト|webサイト|ウェブページ|webページ|\bweb ?site\b|\bhomepage\b", RegexOptions.CultureInvariant)]
    private static partial Regex Site();

    // … unless the need names the part it wants: the design, the coding, an update, maintenance, search ranking, a move.
    [GeneratedRegex(@"デザイン|コーディング|実装|更新|修正|保守|運用|移行|改修|seo|翻訳|英語版|多言語|\bdesign|\bcoding\b|\bcode\b|\bupdat|\bmaint|\bfix|\bmigrat|\btranslat", RegexOptions.CultureInvariant)]
    private static partial Regex SitePart();

    // An offer addressed to foreign residents: for foreign freelancers, for expats, for foreigners living in Japan, 外国人向け.
    private const string ForeignersAudiencePattern = @"外国人(?:向け|の方|専門|限定)|在日外国人|\bfor (?:[a-z]+ )?(?:foreigners|expats|expatriates|foreign (?:residents|nationals|freelancers|professionals|families|students))\b|\bfor (?:[a-z]+ )?(?:residents|people) (?:from abroad|from overseas)\b";

    [GeneratedRegex(ForeignersAudiencePattern, RegexOptions.CultureInvariant)]
    private static partial Regex ForeignersAudience();

    // Any of an offer's "only" and audience phrases: most offers state none, and one pass tells.
    [GeneratedRegex(OwnPlacePattern + "|" + CompaniesAudiencePattern + "|" + IndividualsAudiencePattern + "|" + RecruitsPattern + "|" + ForeignersAudiencePattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnyOfferScope();

    // A need that names something foreign: 外国, 外資, 海外, 留学, ビザ, 在留, 駐在, 帰国, foreign, expat, visa.
    [GeneratedRegex(@"外国|外資|海外|留学|ビザ|在留|駐在|帰国|移住|\bforeign|\bexpat|\bvisa\b|\boverseas\b", RegexOptions.CultureInvariant)]
    private static partial Regex Foreign();

    // A need for a freelancer (the noun after フリーランスの, 業務委託, 外注): someone to take on work, not to employ.
    [GeneratedRegex(@"フリーランス(?:の|で)(?!私|僕|自分)|業務委託|外注|\bfreelance (?:[a-z]+ )?(?:[a-z]+er|designer|developer|engineer|writer|translator|editor|photographer|consultant|specialist)s?\b|\bfreelancers? (?:who|to|for)\b|\bcontractors?\b|\bon contract\b", RegexOptions.CultureInvariant)]
    private static partial Regex Freelancer();

    // A need to employ someone: 採用, 正社員, an employee, full-time.
    [GeneratedRegex(@"採用|正社員|社員として|雇用|\bemploy(?:ee|ees|ing)?\b|\bfull[- ]time\b|\brecruit", RegexOptions.CultureInvariant)]
    private static partial Regex Employs();

    // A need to hire people.
    [GeneratedRegex(@"採用|人材|求人|募集|スタッフ|アルバイト|バイト|パート|社員|雇|\bhire\b|\bhiring\b|\brecruit|\bstaff\b|\bemployees?\b|\bpart[- ]time\b|\bfull[- ]time\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hires();

    // "IT" and "SE" beside Japanese (it企業, seの) have no word boundary: the letters around them are what count.
    [GeneratedRegex(@"エンジニア|プログラマ|開発者|it人材|itスタッフ|(?<![a-z0-9])it(?![a-z0-9])|(?<![a-z0-9])se(?![a-z0-9])|\bengineers?\b|\bdevelopers?\b|\bprogrammers?\b|\btech(?:nical)? (?:staff|talent|roles?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StaffItWords();

    [GeneratedRegex(@"接客|ホール|キッチン|フロント|販売員|販売スタッフ|店舗スタッフ|店員|飲食|ホテル|旅館|サービス業|\bhospitality\b|\bfront[- ]desk\b|\brestaurant\b|\bhotel\b|\bretail\b|\bshop staff\b|\bwait(?:er|ress|staff)\b|\bservice staff\b", RegexOptions.CultureInvariant)]
    private static partial Regex StaffHospitalityWords();

    [GeneratedRegex(@"事務|経理スタッフ|総務|秘書|\boffice (?:staff|assistant|worker|admin)|\badministrative\b|\bclerical\b|\badmin (?:staff|assistant)\b|\bsecretar", RegexOptions.CultureInvariant)]
    private static partial Regex StaffOfficeWords();

    [GeneratedRegex(@"講師|教師|先生|教員|インストラクター|\bteachers?\b|\binstructors?\b|\btutors?\b|\btrainers?\b", RegexOptions.CultureInvariant)]
    private static partial Regex StaffTeachingWords();

    [GeneratedRegex(@"介護|看護|ヘルパー|保育士|\bcaregivers?\b|\bnurses?\b|\bcare (?:staff|workers?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StaffCareWords();

    [GeneratedRegex(@"職人|大工|施工管理|作業員|ドライバー|\bconstruction workers?\b|\bcarpenters?\b|\bdrivers?\b|\btradespe", RegexOptions.CultureInvariant)]
    private static partial Regex StaffTradesWords();
}
