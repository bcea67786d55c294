namespace Goen.Core.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>A word in Latin script (English, romaji, product names), stemmed.</summary>
    Latin,

    /// <summary>A number on its own.</summary>
    Number,

    /// <summary>One kanji.</summary>
    Kanji,

    /// <summary>One hiragana letter.</summary>
    Hiragana,

    /// <summary>One katakana letter or long vowel mark.</summary>
    Katakana,

    /// <summary>Punctuation or a symbol that ends a phrase: no word runs across it.</summary>
    Boundary,
}
