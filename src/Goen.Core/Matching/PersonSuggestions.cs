namespace Goen.Core.Matching;

/// <summary>Everything Goen suggests for one person.</summary>
/// <param name="Person">The person's index in the community.</param>
/// <param name="Introductions">People who can help this person, best first.</param>
/// <param name="Starters">People this person shares small-talk material with, best first.</param>
public sealed record PersonSuggestions(int Person, IReadOnlyList<Match> Introductions, IReadOnlyList<Match> Starters);
