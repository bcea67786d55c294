namespace Goen.Data.People;

/// <summary>How the person looking at a profile is related to its owner; decides which fields they see.</summary>
public enum Relation
{
    /// <summary>No relation: the profile is not shown at all.</summary>
    None = 0,

    /// <summary>Signed in, but no event in common: only fields shared with everyone signed in.</summary>
    SignedIn = 1,

    /// <summary>Registered for the same event, or organizing an event the owner attends.</summary>
    SameEvent = 2,

    /// <summary>The owner (or, for an imported attendee, the organizer who imported them).</summary>
    Owner = 3,
}
