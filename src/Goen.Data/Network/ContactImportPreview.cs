using Goen.Core.Contacts;

namespace Goen.Data.Network;

/// <summary>
/// What importing a .vcf would do, before anything is saved: the contacts it adds, the ones it merges into
/// contacts already there (each beside what comes in), and the cards it could not read.
/// </summary>
public sealed record ContactImportPreview(
    Guid DraftId,
    string FileName,
    IReadOnlyList<VCardContact> New,
    IReadOnlyList<ContactMerge> Merged,
    IReadOnlyList<VCardProblem> Problems);

/// <summary>A contact already in the network and the card that will be merged into it.</summary>
public sealed record ContactMerge(int ExistingId, string ExistingName, string ExistingOrganization, VCardContact Incoming);
