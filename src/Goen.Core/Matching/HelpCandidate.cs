namespace Goen.Core.Matching;

/// <summary>A person among the first candidates to help someone, with the features <see cref="HelpConfidence"/> weighs.</summary>
/// <param name="Person">The index of the candidate in the community.</param>
/// <param name="Score">help(candidate→person).</param>
/// <param name="Features">The features, in the order of <see cref="HelpConfidence.FeatureNames"/>.</param>
public sealed record HelpCandidate(int Person, double Score, IReadOnlyList<double> Features);
