namespace Goen.Core.Matching;

/// <summary>A dictionary word's membership in a concept, with how strongly the word stands for it.</summary>
/// <param name="Concept">The concept's id within its <see cref="Vocabulary"/>.</param>
/// <param name="Weight">1 for a synonym; less for an ambiguous spelling or a related (not synonymous) term.</param>
public readonly record struct ConceptLink(int Concept, float Weight);
