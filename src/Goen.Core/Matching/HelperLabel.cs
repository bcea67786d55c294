namespace Goen.Core.Matching;

/// <summary>A labelled person in the trust set: everyone who can meet their need.</summary>
/// <param name="Person">The name of the person with the need.</param>
/// <param name="Helpers">The complete list of people whose offers meet the need; empty when nobody in the community can.</param>
/// <param name="CrossesLanguage">Whether the need is written in one language and every helper's offer in the other.</param>
public sealed record HelperLabel(string Person, IReadOnlyList<string> Helpers, bool CrossesLanguage);
