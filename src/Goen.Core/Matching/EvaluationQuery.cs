namespace Goen.Core.Matching;

/// <summary>A labelled question: who can help this person?</summary>
/// <param name="Person">The name of the person who needs help.</param>
/// <param name="Relevant">The names of everyone whose offers genuinely meet one of their needs.</param>
/// <param name="CrossesLanguage">Whether the answer crosses Japanese and English (need in one, offer in the other).</param>
public sealed record EvaluationQuery(string Person, IReadOnlyList<string> Relevant, bool CrossesLanguage);
