using Goen.Data.Accounts;
using Goen.Data.Events;
using Goen.Data.People;

namespace Goen.Data.Network;

/// <summary>
/// Someone in one person's network, with that person's private notes. A contact who uses Goen is linked to
/// their profile (<see cref="PersonId"/>); what they share stays theirs to change, and the fields here are
/// what the owner noted. Nobody but <see cref="OwnerUserId"/> ever sees a contact.
/// </summary>
public sealed class Contact : IVersioned
{
    public const int ShortLength = 200;
    public const int ListLength = 1000;
    public const int TextLength = 2000;
    public const int NoteLength = 4000;

    public int Id { get; set; }

    public string OwnerUserId { get; set; } = "";

    public GoenUser? Owner { get; set; }

    /// <summary>Gets or sets the Goen profile this contact is, when they use Goen.</summary>
    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Gets or sets how the name is read (furigana), for sorting and for phones that want it.</summary>
    public string PhoneticName { get; set; } = "";

    public string Organization { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>Gets or sets the e-mail addresses, one a line.</summary>
    public string Emails { get; set; } = "";

    /// <summary>Gets or sets the phone numbers, one a line.</summary>
    public string Phones { get; set; } = "";

    /// <summary>Gets or sets what they do, as the owner noted it.</summary>
    public string TheyOffer { get; set; } = "";

    /// <summary>Gets or sets what they are looking for, as the owner noted it.</summary>
    public string TheyNeed { get; set; } = "";

    /// <summary>Gets or sets what they love talking about, as the owner noted it.</summary>
    public string Interests { get; set; } = "";

    public string Note { get; set; } = "";

    /// <summary>Gets or sets the event where the owner met them.</summary>
    public int? MetAtEventId { get; set; }

    public Event? MetAtEvent { get; set; }

    /// <summary>Gets or sets the contact who introduced them to the owner.</summary>
    public int? MetThroughContactId { get; set; }

    public Contact? MetThroughContact { get; set; }

    /// <summary>Gets or sets the keep-in-touch interval in days: <see langword="null"/> for the owner's default, 0 for none.</summary>
    public int? FollowUpDays { get; set; }

    /// <summary>Gets or sets the day of the last logged interaction; it restarts the keep-in-touch interval.</summary>
    public DateOnly? LastInteraction { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<Encounter> Encounters { get; } = [];
}
