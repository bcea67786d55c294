using Goen.Core.Text;

namespace Goen.Data.Network;

/// <summary>
/// The fields of a contact its owner edits; the same for the page and the API. For a contact linked to a
/// Goen profile the name stays the one they chose; everything else here is the owner's own note.
/// </summary>
public sealed record ContactFields(
    string? Name,
    string? PhoneticName,
    string? Organization,
    string? Role,
    IReadOnlyList<string>? Emails,
    IReadOnlyList<string>? Phones,
    string? TheyOffer,
    string? TheyNeed,
    string? Interests,
    string? Note,
    int? MetAtEventId,
    int? MetThroughContactId,
    int? FollowUpDays)
{
    /// <summary>Reads a contact's fields.</summary>
    /// <param name="c">The contact.</param>
    /// <returns>The fields.</returns>
    public static ContactFields Of(Contact c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Name, c.PhoneticName, c.Organization, c.Role, Lines(c.Emails), Lines(c.Phones), c.TheyOffer, c.TheyNeed, c.Interests, c.Note, c.MetAtEventId, c.MetThroughContactId, c.FollowUpDays);
    }

    /// <summary>Splits a stored list (one item a line).</summary>
    /// <param name="stored">The stored text.</param>
    /// <returns>The items, without empty ones.</returns>
    public static IReadOnlyList<string> Lines(string stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Joins items for storing, trimmed, without empty ones or repeats.</summary>
    /// <param name="items">The items.</param>
    /// <returns>One item a line.</returns>
    public static string Join(IEnumerable<string>? items) =>
        string.Join('\n', (items ?? []).SelectMany(i => i.Split('\n')).Select(UserText.Clean).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>Writes the fields onto a contact, trimmed.</summary>
    /// <param name="c">The contact.</param>
    public void ApplyTo(Contact c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.PersonId is null && !string.IsNullOrWhiteSpace(Name))
        {
            c.Name = UserText.Clean(Name);
        }

        c.PhoneticName = UserText.Clean(PhoneticName);
        c.Organization = UserText.Clean(Organization);
        c.Role = UserText.Clean(Role);
        c.Emails = Join(Emails);
        c.Phones = Join(Phones);
        c.TheyOffer = UserText.Clean(TheyOffer);
        c.TheyNeed = UserText.Clean(TheyNeed);
        c.Interests = UserText.Clean(Interests);
        c.Note = UserText.Clean(Note);
        c.MetAtEventId = MetAtEventId;
        c.MetThroughContactId = MetThroughContactId;
        c.FollowUpDays = FollowUpDays is < 0 ? null : FollowUpDays;
    }
}
