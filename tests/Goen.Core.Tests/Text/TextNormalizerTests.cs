using Goen.Core.Text;

namespace Goen.Core.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＩとＷｅｂ", "aiとweb")]
    [InlineData("ﾎｰﾑﾍﾟｰｼﾞ", "ホームページ")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("㈱ミナト", "(株)ミナト")]
    [InlineData("Hello　World", "hello world")]
    [InlineData("葛\uFE00飾", "葛飾")]
    public void Normalize_FoldsWidthCaseAndCompatibilityForms(string text, string expected)
    {
        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(expected, normalized.Value);
    }

    [Fact]
    public void OriginalSpan_MapsFoldedCharactersBackToWhatWasTyped()
    {
        var normalized = TextNormalizer.Normalize("新しいﾎｰﾑﾍﾟｰｼﾞが欲しい");
        var start = normalized.Value.IndexOf("ホームページ", StringComparison.Ordinal);

        var original = normalized.OriginalSpan(start, start + "ホームページ".Length);

        Assert.Equal("ﾎｰﾑﾍﾟｰｼﾞ", original);
    }

    [Theory]
    [InlineData("ねこ", "ネコ")]
    [InlineData("  Web   デザイン ", "web デザイン")]
    [InlineData("ＩＴ", "it")]
    public void FoldKey_FoldsKanaAndCollapsesSpaces(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.FoldKey(text));
    }

    [Theory]
    [InlineData("ゴルフ", "ｺﾞﾙﾌ", true)]
    [InlineData("Web site", "ｗｅｂ　ｓｉｔｅ", true)]
    [InlineData("WEBサイト", "webｻｲﾄ", true)]
    [InlineData("ねこ", "ネコ", true)]
    [InlineData("ゴルフ", "golf", false)]
    [InlineData("写真", "写真撮影", false)]
    public void SameWords_IgnoresWidthCaseKanaAndSpaces(string a, string b, bool same)
    {
        Assert.Equal(same, TextNormalizer.SameWords(a, b));
    }
}
