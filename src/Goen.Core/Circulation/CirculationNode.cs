namespace Goen.Core.Circulation;

/// <summary>A person in a <see cref="CirculationGraph"/>, with how often they introduced and were introduced.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="Label">The name to show.</param>
/// <param name="IsViewer">Whether this is the person looking at the view.</param>
/// <param name="Introduced">How many introductions this person made, asked or accepted.</param>
/// <param name="WasIntroduced">How many introductions this person was one of the two sides of, asked or accepted.</param>
public sealed record CirculationNode(string Id, string Label, bool IsViewer, int Introduced, int WasIntroduced);
