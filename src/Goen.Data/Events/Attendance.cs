using Goen.Core.Profiles;
using Goen.Data.People;

namespace Goen.Data.Events;

/// <summary>A person's registration for an event.</summary>
public sealed class Attendance
{
    public const int KeyLength = 300;

    public int Id { get; set; }

    public int EventId { get; set; }

    public Event? Event { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public AttendanceSource Source { get; set; }

    /// <summary>Gets or sets the imported row's stable key (connpass user name, e-mail or folded name), so a re-import updates.</summary>
    public string? ImportKey { get; set; }

    public AttendeeStatus Status { get; set; }

    /// <summary>Gets or sets the event platform's reception number (受付番号), kept for check-in.</summary>
    public string ReceptionNumber { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when the organizer checked the person in at the door; null until then.</summary>
    public DateTimeOffset? CheckedInAt { get; set; }
}
