namespace Goen.Core.Contacts;

/// <summary>
/// One person read from or written to a vCard (.vcf) file: the fields Goen uses, as plain text.
/// </summary>
/// <remarks>
/// Every field is an empty string when the card does not have it, never <see langword="null"/>, so a
/// contact read from a file and one built in code compare equal field by field. Addresses, photos,
/// birthdays and the rest of a card are not kept: Goen meets people, it does not replace an address book.
/// </remarks>
/// <param name="FormattedName">The name to show (FN); built from <paramref name="FamilyName"/> and <paramref name="GivenName"/> when the card has no FN.</param>
/// <param name="FamilyName">The family name, the first component of N.</param>
/// <param name="GivenName">The given name, the second component of N.</param>
/// <param name="PhoneticFamilyName">How the family name is read (ヤマダ for 山田), from X-PHONETIC-LAST-NAME, SORT-AS on N, or X-IRMC-N; half-width katakana is widened.</param>
/// <param name="PhoneticGivenName">How the given name is read, from the same places as <paramref name="PhoneticFamilyName"/>.</param>
/// <param name="Organization">The organization (ORG), its units joined with a space.</param>
/// <param name="Title">The job title (TITLE).</param>
/// <param name="Emails">The e-mail addresses (EMAIL), in the card's order.</param>
/// <param name="Phones">The telephone numbers (TEL) as written, without a tel: prefix, in the card's order.</param>
/// <param name="Note">The note (NOTE), with line breaks as "\n".</param>
/// <param name="Url">The first web address (URL).</param>
/// <param name="Uid">The card's unique identifier (UID), as written.</param>
public sealed record VCardContact(
    string FormattedName,
    string FamilyName,
    string GivenName,
    string PhoneticFamilyName,
    string PhoneticGivenName,
    string Organization,
    string Title,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    string Note,
    string Url,
    string Uid)
{
    /// <summary>Indicates whether this contact has the same fields as <paramref name="other"/>, comparing the lists item by item.</summary>
    /// <param name="other">Another contact.</param>
    /// <returns><see langword="true"/> when every field, and every e-mail and phone in order, are equal.</returns>
    public bool Equals(VCardContact? other) =>
        other is not null
        && FormattedName == other.FormattedName
        && FamilyName == other.FamilyName
        && GivenName == other.GivenName
        && PhoneticFamilyName == other.PhoneticFamilyName
        && PhoneticGivenName == other.PhoneticGivenName
        && Organization == other.Organization
        && Title == other.Title
        && Emails.SequenceEqual(other.Emails)
        && Phones.SequenceEqual(other.Phones)
        && Note == other.Note
        && Url == other.Url
        && Uid == other.Uid;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FormattedName, FamilyName, GivenName, Organization, Emails.Count, Phones.Count, Note, Uid);
}
