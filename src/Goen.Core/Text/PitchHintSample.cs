namespace Goen.Core.Text;

/// <summary>One labelled text of the pitch-hint set (<c>tests/Goen.Core.Tests/Text/PitchHint/pitch-set.tsv</c>).</summary>
/// <param name="Id">The text's id, such as <c>g001</c> or <c>p017</c>.</param>
/// <param name="IsPitch"><see langword="true"/> when the text reads like a pitch and the hint should fire.</param>
/// <param name="Language"><c>ja</c>, <c>en</c> or <c>mixed</c>.</param>
/// <param name="Kind"><c>profile</c> or <c>message</c>.</param>
/// <param name="Text">The text.</param>
public sealed record PitchHintSample(string Id, bool IsPitch, string Language, string Kind, string Text)
{
    /// <summary>Gets whether the text belongs to the held-out part: ids whose number ends in 3, 6 or 9.</summary>
    /// <remarks>The rule was fixed before the detector was written; tuning never looks at these texts.</remarks>
    public bool IsHeldOut => Id.Length > 0 && Id[^1] is '3' or '6' or '9';
}
