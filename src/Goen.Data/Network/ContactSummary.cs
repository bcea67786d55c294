namespace Goen.Data.Network;

/// <summary>A contact in the owner's list: who, what they are looking for, and when to follow up.</summary>
public sealed record ContactSummary(
    int Id,
    int? PersonId,
    string Name,
    string PhoneticName,
    string Organization,
    string TheyNeed,
    DateOnly? LastInteraction,
    DateOnly? FollowUpDue,
    string LastTalkedAbout);
