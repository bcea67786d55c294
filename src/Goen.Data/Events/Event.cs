using Goen.Data.Accounts;

namespace Goen.Data.Events;

/// <summary>A networking event (交流会) and its organizer.</summary>
public sealed class Event : IVersioned
{
    public const int TitleLength = 200;
    public const int PlaceLength = 200;
    public const int DescriptionLength = 4000;
    public const int TagsLength = 500;

    public int Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Gets or sets the day of the event, at its place.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Gets or sets the start time, wall-clock at the place; <see langword="null"/> when not given.</summary>
    public TimeOnly? StartTime { get; set; }

    public string Place { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Gets or sets the tags, separated by commas as the organizer typed them.</summary>
    public string Tags { get; set; } = "";

    public string OrganizerId { get; set; } = "";

    public GoenUser? Organizer { get; set; }

    /// <summary>Gets or sets the unguessable code in the self-registration link.</summary>
    public string RegistrationCode { get; set; } = "";

    /// <summary>
    /// Gets or sets the column mapping of the last import, as JSON (header → field, or null for a column
    /// kept as-is), proposed again for the next file so a re-import keys people the same way.
    /// </summary>
    public string ImportMapping { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public List<Attendance> Attendances { get; } = [];
}
