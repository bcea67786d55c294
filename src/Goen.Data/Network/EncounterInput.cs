namespace Goen.Data.Network;

/// <summary>
/// What a person jots down after a conversation: with whom (a Goen user by <see cref="PersonId"/>, or a name
/// typed in), when, at which event, and what they heard. The same for the page and the API.
/// </summary>
public sealed record EncounterInput(
    int? PersonId,
    string? Name,
    int? EventId,
    DateOnly? Date,
    string? TheyOffer,
    string? TheyNeed,
    string? TalkedAbout,
    string? Note);
