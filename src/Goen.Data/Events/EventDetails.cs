namespace Goen.Data.Events;

/// <summary>What an organizer writes about an event, validated by the page or API that received it.</summary>
public sealed record EventDetails(string Title, DateOnly Date, TimeOnly? StartTime, string? Place, string? Description, string? Tags)
{
    /// <summary>Writes the details onto an event, trimmed.</summary>
    /// <param name="target">The event, new or being edited.</param>
    public void ApplyTo(Event target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Title = Title.Trim();
        target.Date = Date;
        target.StartTime = StartTime;
        target.Place = Place?.Trim() ?? "";
        target.Description = Description?.Trim() ?? "";
        target.Tags = Tags?.Trim() ?? "";
    }
}
