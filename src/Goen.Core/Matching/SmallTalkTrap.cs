namespace Goen.Core.Matching;

/// <summary>Two people whose interests share only a generic word (巡り, YouTube, 旅行), not a topic.</summary>
/// <param name="A">One person's name.</param>
/// <param name="B">The other person's name.</param>
/// <param name="Word">The word they share.</param>
public sealed record SmallTalkTrap(string A, string B, string Word);
