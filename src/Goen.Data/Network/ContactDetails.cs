using Goen.Data.People;

namespace Goen.Data.Network;

/// <summary>
/// One contact as its owner sees it: their own notes, the linked person's profile as that person shares
/// it with the owner, where they met, and every encounter, newest first.
/// </summary>
public sealed record ContactDetails(
    int Id,
    int? PersonId,
    ContactFields Fields,
    SharedProfile? Profile,
    string? MetAtEventTitle,
    string? MetThroughName,
    DateOnly? LastInteraction,
    DateOnly? FollowUpDue,
    int Version,
    IReadOnlyList<EncounterView> Encounters);
