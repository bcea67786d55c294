using System.Text;
using Goen.Core.Text;

namespace Goen.Core.Contacts;

/// <summary>
/// Tells whether a contact being imported is someone already known, so that importing the same address
/// book twice, or a card exchanged at two events, does not make two people of one.
/// </summary>
/// <remarks>
/// <para>
/// The rules are applied in order, each over every known contact before the next: an e-mail address in
/// common; then a telephone number in common; then the same name at the same organization. E-mail and
/// telephone identify a person better than a name, which two people may share.
/// </para>
/// <para>
/// Text is folded as <see cref="FoldName"/> does, so full-width and half-width forms, letter case and
/// spaces (including the ideographic space) do not keep two records apart. Kana and kanji are not
/// folded into each other: 山田太郎 and ヤマダタロウ are different names to this class.
/// </para>
/// </remarks>
public static class ContactMatcher
{
    /// <summary>Finds the known contact that <paramref name="incoming"/> is the same person as.</summary>
    /// <param name="existing">The contacts already known.</param>
    /// <param name="incoming">The contact being imported.</param>
    /// <returns>The index in <paramref name="existing"/> of the first contact matched by the strongest rule, or <see langword="null"/> when none matches.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int? FindMatch(IReadOnlyList<ContactIdentity> existing, ContactIdentity incoming)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        return new ContactMatchIndex(existing).Find(incoming);
    }

    /// <summary>Reduces a telephone number to its digits, with a Japanese country code written as the domestic 0.</summary>
    /// <param name="phone">A number as typed: "+81 90-1234-5678", "090 1234 5678", "０９０（１２３４）５６７８".</param>
    /// <returns>The digits ("09012345678"); an empty string when there are none.</returns>
    /// <remarks>
    /// Full-width digits count. "+81" (or "+81 (0)") becomes "0", so the international and domestic forms of a
    /// Japanese number agree; other country codes are kept as digits, and such a number matches only a number
    /// written the same way. <see cref="FindMatch"/> ignores results shorter than seven digits, which are
    /// extensions and short codes rather than people.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is <see langword="null"/>.</exception>
    public static string NormalizePhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var text = phone.Normalize(NormalizationForm.FormKC);
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        // "+" before the first digit marks the international form, also inside a tel: URI.
        var international = text.AsSpan()[..Math.Max(0, text.AsSpan().IndexOfAnyInRange('0', '9'))].Contains('+');
        if (international && digits.Length > 2 && digits[0] == '8' && digits[1] == '1')
        {
            var national = digits.ToString(2, digits.Length - 2);
            return "0" + (national.StartsWith('0') ? national[1..] : national);
        }

        return digits.ToString();
    }

    /// <summary>Folds a name, organization or e-mail address for comparison.</summary>
    /// <param name="text">Any text; <see langword="null"/> is treated as empty.</param>
    /// <returns>The text in NFKC with full-width and half-width forms unified, in lower case, with all white space removed.</returns>
    /// <remarks>"山田　太郎" (with an ideographic space), "山田 太郎" and "山田太郎" fold alike, as do "ＴＡＲＯ＠example.com" and "taro@example.com".</remarks>
    public static string FoldName(string? text)
    {
        var folded = TextNormalizer.Normalize(text).Value;
        if (!folded.Any(char.IsWhiteSpace))
        {
            return folded;
        }

        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
