namespace Goen.Data.Events;

/// <summary>Where an attendee-file draft stands, as <see cref="AttendeeFileImport.FindDraftAsync"/> finds it.</summary>
public enum DraftState
{
    /// <summary>Uploaded, not yet imported: it can be read and confirmed.</summary>
    Waiting,

    /// <summary>Imported already (a second confirmation); its file is no longer kept.</summary>
    Imported,

    /// <summary>Older than <see cref="Drafts.Lifetime"/>: the file must be uploaded again.</summary>
    Expired,

    /// <summary>No such draft of this person for this event: never uploaded, purged, replaced by a later upload, or someone else's.</summary>
    Unknown,
}
