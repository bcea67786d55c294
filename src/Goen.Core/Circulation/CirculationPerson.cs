namespace Goen.Core.Circulation;

/// <summary>A person who may appear in a circulation view.</summary>
/// <param name="Id">The person's id, compared ordinally; unique among the people of one graph.</param>
/// <param name="Label">The name to show, as the viewer may see it.</param>
/// <param name="IsViewer">Whether this is the person looking at the view; at most one person is.</param>
public sealed record CirculationPerson(string Id, string Label, bool IsViewer);
