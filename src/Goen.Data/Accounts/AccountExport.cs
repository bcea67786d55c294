using Goen.Data.Network;
using Goen.Data.People;

namespace Goen.Data.Accounts;

/// <summary>
/// Everything a person owns in Goen, as one JSON document: profile with its visibility choices, settings,
/// contacts with their notes and encounters. <see cref="AccountData.ImportAsync"/> restores it losslessly
/// into an empty account.
/// </summary>
public sealed record AccountExport(
    string Format,
    int FormatVersion,
    DateTimeOffset ExportedAt,
    ProfileFields Profile,
    AccountSettings Settings,
    IReadOnlyList<ContactExport> Contacts)
{
    /// <summary>The value of <see cref="Format"/> in every export.</summary>
    public const string FormatName = "goen-account";
}

/// <summary>A person's settings.</summary>
public sealed record AccountSettings(int FollowUpDays);

/// <summary>A contact in an export; <see cref="Key"/> ties "introduced by" links within the document.</summary>
public sealed record ContactExport(int Key, int? PersonId, ContactFields Fields, DateOnly? LastInteraction, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<EncounterExport> Encounters);

/// <summary>An encounter in an export.</summary>
public sealed record EncounterExport(DateOnly Date, int? EventId, string TheyOffer, string TheyNeed, string TalkedAbout, string Note, DateTimeOffset CreatedAt);
