namespace Goen.Core.Text;

/// <summary>Whether a text reads like a sales pitch, and the phrases that make it read so.</summary>
/// <param name="Hint">
/// <see langword="true"/> when the quiet "this sounds like a pitch — how about talking about them?" hint should
/// show. It is only ever a suggestion; nothing is blocked on it.
/// </param>
/// <param name="Phrases">
/// The phrases that made the hint fire, exactly as they appear in the checked text (so the page can highlight
/// them), in text order and without repeats; empty when <paramref name="Hint"/> is <see langword="false"/>.
/// </param>
public sealed record PitchHintResult(bool Hint, IReadOnlyList<string> Phrases)
{
    /// <summary>Gets the result for a text that does not read like a pitch.</summary>
    public static PitchHintResult None { get; } = new(false, []);
}
