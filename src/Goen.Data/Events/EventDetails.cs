namespace Goen.Data.Events;

/// <summary>What an organizer writes about an event, validated by the page or API that received it.</summary>
public sealed record EventDetails(string Title, DateOnly Date, TimeOnly? StartTime, string? Place, string? Description, string? Tags);
