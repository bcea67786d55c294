namespace Goen.Core.Matching;

/// <summary>
/// What one field says about each feature of its vector, worked out once per person from the field's occurrences
/// (<see cref="FieldAnalysis"/>) and kept beside the vector's entries, so that the checks of a pair of people read a bit
/// where they used to scan both texts' occurrences for every candidate. A new per-text fact is one more bit here and one
/// more line where <c>CommunityIndex</c> sets them.
/// </summary>
[Flags]
internal enum FeatureFacts : byte
{
    None = 0,

    /// <summary>Some occurrence is more than a broad word (<see cref="FieldAnalysis.OnlyBroad"/> is false).</summary>
    Specific = 1,

    /// <summary>Some occurrence stands for the feature itself, not only by relation (<see cref="FieldAnalysis.StandsFor"/>).</summary>
    Own = 2,

    /// <summary>Some occurrence lies in the field's first clause (up to the first 、, 。, ・, comma, semicolon or bracket): an
    /// offer's main service rather than a side mention, a need's head.</summary>
    Lead = 4,
}
