using Goen.Data.Events;

namespace Goen.Data.Network;

/// <summary>One conversation with a contact: when, where, and what the owner heard and noted.</summary>
public sealed class Encounter
{
    public int Id { get; set; }

    public int ContactId { get; set; }

    public Contact? Contact { get; set; }

    public DateOnly Date { get; set; }

    public int? EventId { get; set; }

    public Event? Event { get; set; }

    public string TheyOffer { get; set; } = "";

    public string TheyNeed { get; set; } = "";

    public string TalkedAbout { get; set; } = "";

    public string Note { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
