namespace Goen.Data.Events;

/// <summary>How a person came to be registered for an event.</summary>
public enum AttendanceSource
{
    /// <summary>The organizer of the event.</summary>
    Organizer = 0,

    /// <summary>Through the event's self-registration link.</summary>
    SelfRegistered = 1,

    /// <summary>From a file the organizer imported.</summary>
    Imported = 2,

    /// <summary>Typed in by the organizer at the door: came without registering.</summary>
    WalkIn = 3,
}
