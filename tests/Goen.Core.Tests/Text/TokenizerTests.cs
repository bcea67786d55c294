using Goen.Core.Text;

namespace Goen.Core.Tests.Text;

public class TokenizerTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(TextNormalizer.Normalize(text));

    [Fact]
    public void Tokenize_MixedText_GivesStemmedWordsAndJapaneseCharacters()
    {
        var tokens = Tokens("Hiring engineers、ウェブ制作");

        Assert.Equal(["hire", "engineer"], tokens.Where(t => t.Kind == TokenKind.Latin).Select(t => t.Stem));
        Assert.Single(tokens, t => t.Kind == TokenKind.Boundary);
        Assert.Equal(5, tokens.Count(t => t.IsJapanese));
    }

    [Fact]
    public void Tokenize_StopWords_AreDropped_ButCapitalAcronymsStay()
    {
        var tokens = Tokens("It is IT support for the US office");

        Assert.Equal(["it", "support", "us", "office"], tokens.Select(t => t.Stem));
    }

    [Theory]
    [InlineData("C++ and C#", new[] { "c++", "c#" })]
    [InlineData("M&A advisory", new[] { "m&a", "advisory" })]
    [InlineData("Tokyo's startups", new[] { "tokyo", "startup" })]
    public void Tokenize_KeepsNamesWithSymbols(string text, string[] stems)
    {
        Assert.Equal(stems, Tokens(text).Select(t => t.Stem));
    }

    [Fact]
    public void Tokenize_HiraganaAndKatakana_StayDistinct()
    {
        var grammar = Tokens("したい");
        var thailand = Tokens("タイ");

        Assert.All(grammar, t => Assert.Equal(TokenKind.Hiragana, t.Kind));
        Assert.NotEqual(thailand.Select(t => t.Key), grammar.Skip(1).Select(t => t.Key));
    }

    [Fact]
    public void Stem_KeepsApartWordsPorterWouldMerge()
    {
        Assert.NotEqual(Tokenizer.Stem("engineer"), Tokenizer.Stem("engine"));
        Assert.Equal(Tokenizer.Stem("engineers"), Tokenizer.Stem("engineer"));
    }
}
