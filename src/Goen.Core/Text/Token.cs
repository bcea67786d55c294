namespace Goen.Core.Text;

/// <summary>One unit of analysed text: a Latin word, a number, a single Japanese character, or a phrase boundary.</summary>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Key">The token's identity for dictionary lookup: the folded character for Japanese, a hash of the stem for Latin words.</param>
/// <param name="Start">Index of the token's first character in the folded text.</param>
/// <param name="End">Index one past the token's last character in the folded text.</param>
/// <param name="SpaceBefore">Whether white space separates this token from the previous one.</param>
/// <param name="Stem">The stemmed word for Latin tokens; otherwise <see langword="null"/>.</param>
public readonly record struct Token(TokenKind Kind, long Key, int Start, int End, bool SpaceBefore, string? Stem)
{
    /// <summary>Gets whether the token is a single Japanese character.</summary>
    public bool IsJapanese => Kind is TokenKind.Kanji or TokenKind.Hiragana or TokenKind.Katakana;
}
