namespace Goen.Data.Network;

/// <summary>An encounter as its owner reads it back.</summary>
public sealed record EncounterView(int Id, int ContactId, DateOnly Date, int? EventId, string? EventTitle, string TheyOffer, string TheyNeed, string TalkedAbout, string Note);
