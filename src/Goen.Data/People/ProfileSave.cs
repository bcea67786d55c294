namespace Goen.Data.People;

/// <summary>The result of saving one's own profile: saved, or refused because it changed since it was read.</summary>
/// <param name="Saved">Whether the save went through.</param>
/// <param name="Current">The profile as it is now stored (the other save's values when refused).</param>
public sealed record ProfileSave(bool Saved, Person Current);
