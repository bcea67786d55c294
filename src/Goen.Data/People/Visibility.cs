namespace Goen.Data.People;

/// <summary>Who may see one field of a person's profile. Ordered from the narrowest to the widest.</summary>
public enum Visibility
{
    /// <summary>Only the profile's owner.</summary>
    OnlyMe = 0,

    /// <summary>The owner and people registered for an event the owner attends (and its organizer).</summary>
    SameEvents = 1,

    /// <summary>Everyone signed in to this Goen instance.</summary>
    SignedIn = 2,
}
