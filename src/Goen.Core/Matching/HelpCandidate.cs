namespace Goen.Core.Matching;

/// <summary>A person among the first candidates to help someone, with the features <see cref="HelpConfidence"/> weighs.</summary>
/// <param name="Person">The index of the candidate in the community.</param>
/// <param name="Score">help(candidate→person).</param>
/// <param name="Features">The features, in the order of <see cref="HelpConfidence.FeatureNames"/>.</param>
/// <param name="OtherPart">Whether it meets another part of the need than the best candidate (they match no need feature in
/// common, as a lawyer and a photographer for 「契約書のチェック、スタジオで撮ってくれるカメラマン」): not an alternative to the
/// best, so <see cref="HelpConfidence.ShareOfMostProbable"/> does not apply to it.</param>
public sealed record HelpCandidate(int Person, double Score, IReadOnlyList<double> Features, bool OtherPart = false);
