using System.Text.RegularExpressions;

namespace Goen.Core.Matching;

/// <summary>
/// Finds where a need names the language a service is to be done in ("advice in English", "an English-speaking
/// lawyer", 「日本語で」, 「英語で手伝って」): a medium, not a topic, so it must not pull in translators and language
/// schools; and, when the need asks for a person who speaks it, a helper who does not cannot help.
/// </summary>
/// <remarks>
/// <para>"in English" and "English-speaking" ask for the helper's own language. 「英語で」 often does not: a web
/// studio can build a site 「英語で」 without speaking English, so the Japanese forms only stop the language name
/// from counting as a topic. A target language ("into English", 「英語に」) is what a translation produces and
/// is left as a topic.</para>
/// <para>A need can also ask for someone who speaks the language: "a tax accountant who speaks English", 「英語が話せる
/// 税理士」. Those forms count in needs only (<c>need: true</c>): in an offer 「英語が話せるスタッフ」 says what else the helper
/// speaks, not that they work in that language alone.</para>
/// </remarks>
public static partial class LanguageMedium
{
    /// <summary>Finds the languages a text names as a medium.</summary>
    /// <param name="text">Free text; <see langword="null"/> or empty names none.</param>
    /// <param name="need">Whether the text is a need, where asking for someone who speaks a language counts too.</param>
    /// <returns>Each language name's [start, end) in <paramref name="text"/>, its code (ja, en…), and whether the
    /// helper must speak it.</returns>
    public static List<(int Start, int End, string Code, bool Required)> Find(string? text, bool need = false)
    {
        var found = new List<(int Start, int End, string Code, bool Required)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        // Match and NextMatch rather than Matches: a text that names no language (most) allocates nothing.
        Add(EnglishMedium().Match(text));
        Add(JapaneseMedium().Match(text));
        if (need)
        {
            Add(Speaker().Match(text));
        }

        void Add(System.Text.RegularExpressions.Match match)
        {
            for (; match.Success; match = match.NextMatch())
            {
                var name = match.Groups["name"];
                if (Code(name.Value) is { } code)
                {
                    found.Add((name.Index, name.Index + name.Length, code, match.Groups["required"].Success));
                }
            }
        }

        return found;
    }

    /// <summary>Finds the languages a need asks the helper to speak in so many words ("a tax accountant who speaks English",
    /// 「英語が話せる税理士」), as against a medium ("in English") or the people it is about ("English-speaking clients").</summary>
    /// <param name="need">A need; <see langword="null"/> or empty asks none.</param>
    /// <returns>The language codes, in the order found.</returns>
    public static List<string> Speakers(string? need) => Codes(Speaker(), need);

    /// <summary>Finds every language a text names, as a medium, a topic or a pair ("Portuguese–English interpreting",
    /// 「英語の通訳」, 「日本語のみ」).</summary>
    /// <param name="text">Free text; <see langword="null"/> or empty names none.</param>
    /// <returns>The distinct language codes (ja, en…), in the order found.</returns>
    public static List<string> Named(string? text) => Codes(AnyName(), text);

    // The distinct codes of the languages a pattern finds (its "name" group, else the whole match), in the order found; Match and
    // NextMatch, so that a text naming none allocates only the empty list.
    private static List<string> Codes(Regex pattern, string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            var name = match.Groups["name"];
            if (Code(name.Success ? name.Value : match.Value) is { } code && !found.Contains(code))
            {
                found.Add(code);
            }
        }

        return found;
    }

    /// <summary>Finds the pair of languages an interpreter or translator works between: "Portuguese–English interpreting",
    /// "translation (Japanese/English)", 「日本語・英語の通訳」, 「日英通訳」.</summary>
    /// <param name="text">Free text; <see langword="null"/> or empty names none.</param>
    /// <returns>The two language codes, or <see langword="null"/> when the text names no pair or is not about interpreting or
    /// translating (「日本語・英語対応のスタッフ」 is staff who speak both, not a pair to work between).</returns>
    public static (string First, string Second)? Pair(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !Interprets().IsMatch(text))
        {
            return null;
        }

        var match = PairOfNames().Match(text);
        if (match.Success && Code(match.Groups["a"].Value) is { } first && Code(match.Groups["b"].Value) is { } second && first != second)
        {
            return (first, second);
        }

        match = PairOfInitials().Match(text);
        return match.Success ? (Initial(match.Groups["a"].Value[0]), Initial(match.Groups["b"].Value[0])) : null;
    }

    private static string Initial(char c) => c switch
    {
        '日' or '和' => "ja",
        '英' => "en",
        '中' => "zh",
        '韓' => "ko",
        '仏' => "fr",
        _ => "de",
    };

    /// <summary>Gets where the phrase naming a medium ends: after "-speaking" or " speaking" when they follow the name,
    /// since "speaking" says how, not what ("an English-speaking guide" shares no topic with "English-speaking visitors").</summary>
    /// <param name="text">The text <see cref="Find"/> was given.</param>
    /// <param name="end">The end of a language name found in it.</param>
    /// <returns>The end of the phrase, at or after <paramref name="end"/>.</returns>
    public static int PhraseEnd(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string Speaking = "speaking";
        var at = end < text.Length && (text[end] == '-' || text[end] == ' ') ? end + 1 : end;
        return at > end && string.Compare(text, at, Speaking, 0, Speaking.Length, StringComparison.OrdinalIgnoreCase) == 0 ? at + Speaking.Length : end;
    }

    // The Japanese names have no case, and lower-casing them would cost a call into ICU for every need and offer.
    private static string? Code(string name) => (name.Length > 0 && name[0] >= '\u3000' ? name : name.ToLowerInvariant()) switch
    {
        "english" or "英語" => "en",
        "japanese" or "日本語" => "ja",
        "chinese" or "mandarin" or "cantonese" or "中国語" or "広東語" => "zh",
        "korean" or "韓国語" => "ko",
        "french" or "フランス語" => "fr",
        "german" or "ドイツ語" => "de",
        "portuguese" or "ポルトガル語" => "pt",
        "italian" or "イタリア語" => "it",
        "spanish" or "スペイン語" => "es",
        _ => null,
    };

    // "in English", "taught in Japanese", "an English-speaking lawyer"; not "in Japanese media", where the
    // name describes the noun after it: "in X" counts only before punctuation, the end, or a function word.
    [GeneratedRegex(@"\b(?:(?<required>in)\s+(?<name>english|japanese|chinese|mandarin|korean|french|german|portuguese|italian|spanish)\b(?=\s*(?:$|[^\w\s]|(?:on|for|near|at|with|and|or|about|to|from|by|please|if|so|as|because|who|that|when|where|in|of|only|too|via|since|while|is|are)\b))|(?<name>english|japanese|chinese|mandarin|korean|french|german|portuguese|italian|spanish)(?<required>[- ]speaking)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMedium();

    // An English name before people or a business ("Japanese professionals", "a Korean company", "our Japanese subsidiary")
    // is a nationality, not a language.
    [GeneratedRegex(@"\b(?:english|japanese|chinese|mandarin|cantonese|korean|french|german|portuguese|italian|spanish)\b(?!\s+(?:professionals?|people|persons?|clients?|customers?|companies|company|firms?|businesses|business owners?|subsidiar(?:y|ies)|employees?|staff|residents?|nationals?|citizens?|families|family|students?|visitors?|tourists?|market|buyers?|partners?|owners?)\b)|英語|日本語|中国語|広東語|韓国語|フランス語|ドイツ語|ポルトガル語|イタリア語|スペイン語", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyName();

    [GeneratedRegex(@"通訳|翻訳|\binterpret|\btranslat", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Interprets();

    // Two language names joined as a pair: "Portuguese–English", "Japanese/English", "English ↔ Japanese", 「日本語・英語」.
    [GeneratedRegex(@"(?<a>english|japanese|chinese|mandarin|cantonese|korean|french|german|portuguese|italian|spanish|英語|日本語|中国語|広東語|韓国語|フランス語|ドイツ語|ポルトガル語|イタリア語|スペイン語)\s*(?:–|—|-|/|↔|⇔|<->|・|⇄)\s*(?<b>english|japanese|chinese|mandarin|cantonese|korean|french|german|portuguese|italian|spanish|英語|日本語|中国語|広東語|韓国語|フランス語|ドイツ語|ポルトガル語|イタリア語|スペイン語)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PairOfNames();

    // Two language initials before 通訳 or 翻訳, or in brackets after them: 日英通訳, 通訳（日英）.
    [GeneratedRegex(@"(?<a>[日和英中韓仏独])(?<b>[日和英中韓仏独])(?=通訳|翻訳|バイリンガル|\))|(?<=通訳|翻訳)[（(](?<a>[日和英中韓仏独])(?<b>[日和英中韓仏独])[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex PairOfInitials();

    // 「英語で」「日本語での」 (not 「英語では」, a contrast).
    // Someone who speaks the language: "an accountant who speaks English", "that can speak Japanese", 「英語が話せる」「日本語を
    // 話せる」「英語ができる」「英語が堪能な」.
    [GeneratedRegex(@"\b(?<required>(?:who|that)\s+(?:can\s+)?speaks?)\s+(?:(?:fluent|good|native|business)\s+)?(?<name>english|japanese|chinese|mandarin|cantonese|korean|french|german|portuguese|italian|spanish)\b|(?<name>英語|日本語|中国語|広東語|韓国語|フランス語|ドイツ語|ポルトガル語|イタリア語|スペイン語)(?<required>(?:が|を)(?:話せ|はなせ|喋れ|しゃべれ)|が(?:できる|堪能|ペラペラ))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Speaker();

    [GeneratedRegex(@"(?<name>英語|日本語|中国語|韓国語|フランス語|ドイツ語|ポルトガル語|イタリア語|スペイン語)で(?!は)", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseMedium();
}
