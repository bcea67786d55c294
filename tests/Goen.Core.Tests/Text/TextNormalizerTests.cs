using System.Text;
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

    [Fact]
    public void NormalizeTransient_MapsLikeNormalize_AlsoPastItsFirstBuffers_AndAfterAShorterText()
    {
        // Longer than the buffers a thread starts with, so they grow while the text is folded; then a shorter text.
        var long1 = string.Concat(Enumerable.Repeat("ｶﾞｲﾄﾞとＷｅｂ制作、", 40));
        var short1 = "新しいﾎｰﾑﾍﾟｰｼﾞ";

        var transientLong = TextNormalizer.NormalizeTransient(long1);
        var longSpans = Enumerable.Range(0, transientLong.Value.Length).Select(i => transientLong.OriginalSpan(i, i + 1)).ToList();
        var transientShort = TextNormalizer.NormalizeTransient(short1);
        var shortSpans = Enumerable.Range(0, transientShort.Value.Length).Select(i => transientShort.OriginalSpan(i, i + 1)).ToList();

        var expectedLong = TextNormalizer.Normalize(long1);
        var expectedShort = TextNormalizer.Normalize(short1);
        Assert.Equal(expectedLong.Value, transientLong.Value);
        Assert.Equal(Enumerable.Range(0, expectedLong.Value.Length).Select(i => expectedLong.OriginalSpan(i, i + 1)), longSpans);
        Assert.Equal(expectedShort.Value, transientShort.Value);
        Assert.Equal(Enumerable.Range(0, expectedShort.Value.Length).Select(i => expectedShort.OriginalSpan(i, i + 1)), shortSpans);
    }

    [Theory]
    [InlineData("翻訳は受けていません")]
    [InlineData("Ｗｅｂ制作　ＯＫ。No LOGO design")]
    [InlineData("ﾎｰﾑﾍﾟｰｼﾞ制作はしません")]
    [InlineData("か\u3099いど、ガイド")]
    [InlineData("㈱ミナト ①")]
    [InlineData("葛\uFE00飾")]
    [InlineData("Café ÉCOLE")]
    [InlineData("İstanbul ΣΑΣ")]
    [InlineData("I don’t do ﬁling")]
    [InlineData("")]
    public void NfkcLower_IsNfkcThenLowerCase(string text)
    {
        var folded = TextNormalizer.NfkcLower(text);

        Assert.Equal(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant(), folded);
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
