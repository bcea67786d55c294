namespace Goen.Core.Matching;

/// <summary>A labelled person in the trust set: everyone they share a small-talk topic with.</summary>
/// <param name="Person">The person's name.</param>
/// <param name="Partners">The names of the acceptable small-talk partners.</param>
public sealed record SmallTalkLabel(string Person, IReadOnlyList<string> Partners);
