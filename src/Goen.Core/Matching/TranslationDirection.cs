using System.Text.RegularExpressions;
using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// Finds the languages a translation is into: 「英日翻訳（英語→日本語）」 and "Japanese-to-English", "into English
/// and French", 「英語に翻訳」「英訳」「英語字幕」. A need for a translation into one language is not met by an offer
/// of translation into others only.
/// </summary>
/// <remarks>
/// <para>Pairs that name no direction are left alone: 「日英バイリンガル」, 「通訳（日英）」 (interpreting goes both ways),
/// 「英⇔日」. A pair of language initials counts only as 英日翻訳, 和英翻訳 and the like.</para>
/// </remarks>
public static partial class TranslationDirection
{
    /// <summary>Finds the languages a text asks or offers translation into.</summary>
    /// <param name="text">Free text; <see langword="null"/> or empty names none. Clauses it rules out should be left
    /// out by the caller (「和英翻訳は受けていません」 names no direction offered).</param>
    /// <returns>The distinct target language codes (ja, en…), in the order found; empty when the text names no direction.</returns>
    public static List<string> Targets(string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrWhiteSpace(text) || !MayNameDirection(text))
        {
            return found;
        }

        var folded = TextNormalizer.NfkcLower(text);
        void Add(string? code)
        {
            if (code is not null && !found.Contains(code))
            {
                found.Add(code);
            }
        }

        foreach (System.Text.RegularExpressions.Match m in Pair().Matches(folded))
        {
            Add(Code(m.Groups["to"].Value));
        }

        foreach (System.Text.RegularExpressions.Match m in Arrow().Matches(folded))
        {
            Add(Code(m.Groups["to"].Value));
        }

        foreach (System.Text.RegularExpressions.Match m in Into().Matches(folded))
        {
            Add(Code(m.Groups["to"].Value));
            foreach (Capture c in m.Groups["more"].Captures)
            {
                Add(Code(c.Value));
            }
        }

        foreach (System.Text.RegularExpressions.Match m in JapaneseInto().Matches(folded))
        {
            Add(Code(m.Groups["to"].Value));
        }

        return found;
    }

    // Most texts name no translation: a cheap look for what every pattern needs (訳, an arrow, 字幕, 語に/文に, "to"/"into" in
    // either width) before the text is folded and matched.
    private static bool MayNameDirection(string text) =>
        text.Contains('訳') || text.Contains('→') || text.Contains('⇒') || text.Contains("->", StringComparison.Ordinal) || text.Contains('＞')
        || text.Contains("字幕", StringComparison.Ordinal) || text.Contains("語に", StringComparison.Ordinal) || text.Contains("文に", StringComparison.Ordinal) || text.Contains("to", StringComparison.OrdinalIgnoreCase) || text.Contains("ｔｏ", StringComparison.OrdinalIgnoreCase);

    private static string? Code(string name) => name switch
    {
        "英" or "英語" or "英文" or "english" => "en",
        "日" or "和" or "日本語" or "和文" or "japanese" => "ja",
        "中" or "中国語" or "中文" or "chinese" or "mandarin" => "zh",
        "韓" or "韓国語" or "korean" => "ko",
        "仏" or "フランス語" or "french" => "fr",
        "独" or "ドイツ語" or "german" => "de",
        "ポルトガル語" or "portuguese" => "pt",
        "スペイン語" or "spanish" => "es",
        "イタリア語" or "italian" => "it",
        _ => null,
    };

    // 英日翻訳, 和英翻訳, 英訳, 和訳: the second initial (or the one before 訳) is the target.
    [GeneratedRegex(@"(?:[英日和中韓仏独](?<to>[英日和中韓仏独])(?=翻訳|訳))|(?<![英日和中韓仏独])(?<to>[英和])訳")]
    private static partial Regex Pair();

    // 英語→日本語, 和文→英文, japanese -> english, japanese-to-english.
    [GeneratedRegex(@"(?:英語|日本語|英文|和文|中国語|韓国語|english|japanese|chinese|korean|french|german)\s*(?:→|⇒|->|-to-|\sto\s)\s*(?<to>英語|日本語|英文|和文|中国語|韓国語|フランス語|english|japanese|chinese|korean|french|german|portuguese|spanish|italian)")]
    private static partial Regex Arrow();

    // into English, into natural Japanese, into English and French.
    [GeneratedRegex(@"\binto\s+(?:natural\s+|plain\s+|simple\s+)?(?<to>english|japanese|chinese|mandarin|korean|french|german|portuguese|spanish|italian)(?:\s*(?:,|and|&)\s*(?<more>english|japanese|chinese|mandarin|korean|french|german|portuguese|spanish|italian))*")]
    private static partial Regex Into();

    // 英語に翻訳, 中国語（簡体字）に翻訳, 英語にしてくれる, 英語字幕.
    [GeneratedRegex(@"(?<to>英語|日本語|中国語|韓国語|フランス語|ドイツ語|ポルトガル語|スペイン語|イタリア語|英文|和文)(?:(?:\([^)]{0,10}\))?に(?=翻訳|訳|して|する|直|変え|書き換え)|(?=字幕))")]
    private static partial Regex JapaneseInto();
}
