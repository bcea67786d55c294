using Goen.Core.Text;

namespace Goen.Core.Matching;

/// <summary>
/// Finds the clauses of an offer that promise an introduction to someone else rather than the service itself:
/// 「顧問税理士をご紹介します」, "I can introduce you to a lawyer", "happy to refer you to…". What such a clause names is
/// what another person does, so it must not make the writer look like help for it.
/// </summary>
/// <remarks>
/// <para>Clauses are cut as in <see cref="NegatedClauses"/>. Only the verb of introducing counts (紹介します,
/// ご紹介できます, おつなぎします; introduce you, refer you, connect you): a service named by the noun — 人材紹介,
/// 物件の紹介, 会社紹介動画 — is an offer like any other.</para>
/// </remarks>
public static class ReferralClauses
{
    private static readonly string[] JapaneseReferrals =
    [
        "紹介します", "紹介できます", "紹介いたします", "紹介致します", "紹介可能", "紹介させて", "紹介しています",
        "おつなぎします", "お繋ぎします", "おつなぎできます", "お繋ぎできます", "つなぎます", "繋ぎます",
    ];

    private static readonly string[] EnglishReferrals = ["introduce you", "refer you", "connect you", "put you in touch", "can introduce", "can refer"];

    /// <summary>Finds the referral clauses of a text.</summary>
    /// <param name="text">Free text; <see langword="null"/> or empty has none.</param>
    /// <returns>The referral clauses as [start, end) ranges of <paramref name="text"/>, in text order.</returns>
    public static List<(int Start, int End)> Find(string? text)
    {
        var found = new List<(int Start, int End)>();
        if (string.IsNullOrWhiteSpace(text) || !MayRefer(text))
        {
            return found;
        }

        foreach (var (start, end) in NegatedClauses.Clauses(text))
        {
            if (IsReferral(text.AsSpan(start, end - start)))
            {
                found.Add((start, end));
            }
        }

        return found;
    }

    // Most offers name no introduction at all: a cheap look before clauses are cut and folded. Full-width letters
    // fold to these, and 紹介/繋/つな are the same in every width.
    private static bool MayRefer(string text) =>
        text.Contains("紹介", StringComparison.Ordinal) || text.Contains('繋') || text.Contains("つな", StringComparison.Ordinal)
        || text.Contains("you", StringComparison.OrdinalIgnoreCase) || text.Contains("ｙｏｕ", StringComparison.OrdinalIgnoreCase)
        || text.Contains("can ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether one clause offers an introduction to someone else.</summary>
    /// <param name="clause">The clause.</param>
    /// <returns><see langword="true"/> when the clause's verb is one of introducing.</returns>
    public static bool IsReferral(ReadOnlySpan<char> clause)
    {
        var folded = TextNormalizer.NfkcLower(clause);
        return JapaneseReferrals.Any(r => folded.Contains(r, StringComparison.Ordinal))
            || EnglishReferrals.Any(r => folded.Contains(r, StringComparison.Ordinal));
    }
}
