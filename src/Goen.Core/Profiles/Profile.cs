namespace Goen.Core.Profiles;

/// <summary>
/// A person as Goen sees them: not a product sheet, but what they can help with, what they are looking
/// for, and what they love talking about.
/// </summary>
public sealed record Profile
{
    /// <summary>Gets the person's name as they write it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the company or group the person belongs to; empty when not given.</summary>
    public string Organization { get; init; } = "";

    /// <summary>Gets what the person can help others with (できること), in their own words.</summary>
    public string Offers { get; init; } = "";

    /// <summary>Gets what the person is looking for now (探していること), in their own words.</summary>
    public string Needs { get; init; } = "";

    /// <summary>Gets small-talk material (雑談ネタ): hobbies, hometown, passions.</summary>
    public string Interests { get; init; } = "";

    /// <summary>Gets the languages the person speaks, as lower-case codes where known (ja, en).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Gets the values of columns Goen does not use, by header, kept for the organizer.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
