namespace Goen.Core.Seating;

/// <summary>Someone who came without registering, as typed in at the door: a name and a line of what they do.</summary>
/// <param name="Name">The name to print on the table cards.</param>
/// <param name="Offers">What they can help with; empty if not given.</param>
/// <param name="Needs">What they are looking for; empty if not given.</param>
/// <param name="Interests">Small-talk material; empty if not given.</param>
public sealed record WalkIn(string Name, string Offers = "", string Needs = "", string Interests = "")
{
    /// <summary>Gets the key to give them, or null for a new one that no attendee has ("walk-in-1", "walk-in-2"…).</summary>
    public string? Id { get; init; }

    /// <summary>Gets their apart-key, such as their organization; null for none.</summary>
    public string? ApartKey { get; init; }
}
