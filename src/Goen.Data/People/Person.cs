using Goen.Data.Accounts;

namespace Goen.Data.People;

/// <summary>
/// A person with a profile: either an account's own profile (<see cref="UserId"/> set) or an attendee an
/// organizer imported from an event platform's file (<see cref="ManagedByUserId"/> set).
/// </summary>
public sealed class Person : IVersioned
{
    public const int ShortLength = 200;
    public const int TextLength = 2000;

    public int Id { get; set; }

    /// <summary>Gets or sets the account whose own profile this is.</summary>
    public string? UserId { get; set; }

    public GoenUser? User { get; set; }

    /// <summary>Gets or sets the organizer who imported this person and keeps their data.</summary>
    public string? ManagedByUserId { get; set; }

    public string Name { get; set; } = "";

    public string Organization { get; set; } = "";

    public string Role { get; set; } = "";

    public string Offers { get; set; } = "";

    public string Needs { get; set; } = "";

    public string Interests { get; set; } = "";

    public string Languages { get; set; } = "";

    /// <summary>Gets or sets the contact address shown to others (never the sign-in address unless copied here).</summary>
    public string Email { get; set; } = "";

    /// <summary>Gets or sets the columns of an imported file Goen does not use, as JSON, for the organizer only.</summary>
    public string ExtraJson { get; set; } = "{}";

    public Visibility OrganizationVisibility { get; set; } = Visibility.SameEvents;

    public Visibility RoleVisibility { get; set; } = Visibility.SameEvents;

    public Visibility OffersVisibility { get; set; } = Visibility.SameEvents;

    public Visibility NeedsVisibility { get; set; } = Visibility.SameEvents;

    public Visibility InterestsVisibility { get; set; } = Visibility.SameEvents;

    public Visibility LanguagesVisibility { get; set; } = Visibility.SameEvents;

    public Visibility EmailVisibility { get; set; } = Visibility.OnlyMe;

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<Events.Attendance> Attendances { get; } = [];
}
