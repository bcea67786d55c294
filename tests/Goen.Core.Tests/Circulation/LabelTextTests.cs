using Goen.Core.Circulation;

namespace Goen.Core.Tests.Circulation;

public class LabelTextTests
{
    [Theory]
    [InlineData("Sato", 4)]
    [InlineData("佐藤", 4)]
    [InlineData("佐藤 Hanako", 11)]
    [InlineData("ｻﾄｳ", 3)]
    [InlineData("ＡＢ", 4)]
    [InlineData("👍", 2)]
    [InlineData("e\u0301", 1)]
    [InlineData("", 0)]
    public void Columns_Text_CountsFullWidthAsTwo(string text, int columns)
    {
        var width = LabelText.Columns(text);

        Assert.Equal(columns, width);
    }

    [Theory]
    [InlineData("Tanaka", 6, "Tanaka")]
    [InlineData("Alexandra Johnson", 10, "Alexandr…")]
    [InlineData("Alexandra Johnson", 12, "Alexandra…")]
    [InlineData("株式会社ご縁 山田太郎", 12, "株式会社ご…")]
    [InlineData("👍👍👍👍", 6, "👍👍…")]
    public void Fit_TextTooWide_IsCutByWholeCharactersWithAnEllipsis(string text, int columns, string fitted)
    {
        var result = LabelText.Fit(text, columns);

        Assert.Equal(fitted, result);
        Assert.InRange(LabelText.Columns(result), 0, columns);
    }

    [Theory]
    [InlineData("  Sato\r\n Hanako\t ", "Sato Hanako")]
    [InlineData("佐藤\u3000花子", "佐藤\u3000花子")]
    [InlineData("a\u0001b\uFFFEc", "a bc")]
    [InlineData(null, "")]
    public void Clean_Text_IsOneLineOfCharactersXmlCanHold(string? text, string cleaned)
    {
        var result = LabelText.Clean(text);

        Assert.Equal(cleaned, result);
    }

    [Fact]
    public void Clean_LoneSurrogate_IsDroppedAndPairsKept()
    {
        // Built in code: attribute arguments are stored as UTF-8, which cannot carry a lone surrogate.
        var text = "bad " + '\uD800' + " surrogate 😀" + '\uDC00';

        var result = LabelText.Clean(text);

        Assert.Equal("bad surrogate 😀", result);
    }

    [Fact]
    public void Wrap_EnglishSentence_BreaksAtSpaces()
    {
        var lines = LabelText.Wrap("No introductions to show yet, start one today", 20, 4);

        Assert.Equal(["No introductions to", "show yet, start one", "today"], lines);
    }

    [Fact]
    public void Wrap_JapaneseSentence_BreaksBetweenCharactersButNotBeforeClosingPunctuation()
    {
        var lines = LabelText.Wrap("まだ紹介はありません。最初の紹介をしてみましょう。", 20, 4);

        Assert.Equal(["まだ紹介はありません。", "最初の紹介をしてみま", "しょう。"], lines);
    }

    [Fact]
    public void Wrap_MoreLinesThanAllowed_EndsTheLastWithAnEllipsis()
    {
        var lines = LabelText.Wrap("one two three four five six seven", 9, 2);

        Assert.Equal(["one two", "three…"], lines);
    }
}
