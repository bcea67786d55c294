namespace Goen.Core.Matching;

/// <summary>Another person suggested for someone, with the score and the reasons in both people's own words.</summary>
/// <param name="Person">The index of the suggested person in the community.</param>
/// <param name="Score">The score in [0, 1]; higher is better.</param>
/// <param name="Reasons">For help, what matched ("ウェブサイト制作 ↔ ホームページ"); for small talk, the shared topics.</param>
public sealed record Match(int Person, double Score, IReadOnlyList<string> Reasons);
