namespace Goen.Data.Network;

/// <summary>The outcome of saving a contact.</summary>
public enum ContactSave
{
    /// <summary>Saved.</summary>
    Saved = 0,

    /// <summary>The user has no such contact.</summary>
    NotFound,

    /// <summary>Someone saved it since the editor read it; nothing was saved.</summary>
    Stale,

    /// <summary>"Met at" names an event the user neither organizes nor attends.</summary>
    BadEvent,

    /// <summary>"Met through" names no contact of the user's, or the contact itself.</summary>
    BadMetThrough,

    /// <summary>The e-mail addresses or phone numbers together are longer than a contact keeps.</summary>
    TooLong,
}
