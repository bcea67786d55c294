namespace Goen.Data.Network;

/// <summary>
/// "How can I help?" for one person: people in the asker's network whose offers meet their needs, upcoming
/// events to invite them to, and things to talk about next time, each with what matched.
/// </summary>
/// <param name="Name">The person helped.</param>
/// <param name="People">People to introduce them to, best first.</param>
/// <param name="Events">Upcoming events of the asker's that fit their needs or interests.</param>
/// <param name="Starters">Topics the asker and they share.</param>
/// <param name="LastTalkedAbout">What the last encounter's talk was about, if noted.</param>
/// <param name="PersonId">The person helped, when they have a profile.</param>
/// <param name="ContactId">The person helped, when they are one of the asker's contacts.</param>
public sealed record HelpSuggestions(
    string Name,
    IReadOnlyList<HelperSuggestion> People,
    IReadOnlyList<EventSuggestion> Events,
    IReadOnlyList<string> Starters,
    string? LastTalkedAbout,
    int? PersonId = null,
    int? ContactId = null);

/// <summary>Someone in the network who could help, and what matched ("giver words ↔ needed words").</summary>
public sealed record HelperSuggestion(int? PersonId, int? ContactId, string Name, IReadOnlyList<string> Reasons, double Score);

/// <summary>An upcoming event that fits, and what matched.</summary>
public sealed record EventSuggestion(int EventId, string Title, DateOnly Date, IReadOnlyList<string> Reasons, double Score);
