namespace Goen.Data.Events;

/// <summary>A viewer's part in an event, which decides what they see of it.</summary>
public enum EventRole
{
    /// <summary>Not registered: sees nothing of the event but its self-registration page.</summary>
    None,

    /// <summary>Registered: sees the event and the attendees' shared profiles.</summary>
    Attendee,

    /// <summary>Runs the event: sees every registration, imports and exports attendees.</summary>
    Organizer,
}
