using Goen.Core.Text;

namespace Goen.Data.Events;

/// <summary>What an organizer writes about an event, validated by the page or API that received it.</summary>
public sealed record EventDetails(string Title, DateOnly Date, TimeOnly? StartTime, string? Place, string? Description, string? Tags)
{
    /// <summary>Writes the details onto an event, trimmed.</summary>
    /// <param name="target">The event, new or being edited.</param>
    public void ApplyTo(Event target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Title = UserText.Clean(Title);
        target.Date = Date;
        target.StartTime = StartTime;
        target.Place = UserText.Clean(Place);
        target.Description = UserText.Clean(Description);
        target.Tags = UserText.Clean(Tags);
    }
}
