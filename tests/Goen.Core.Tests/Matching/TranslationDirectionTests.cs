using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class TranslationDirectionTests
{
    [Theory]
    [InlineData("英日翻訳（英語→日本語）：契約書・IR資料・マニュアル", "ja")]
    [InlineData("Japanese-to-English translation of websites and marketing copy (into English only)", "en")]
    [InlineData("Translation from Japanese into English and French; film subtitles", "en,fr")]
    [InlineData("製品カタログを英語に翻訳してほしい（和文→英文）", "en")]
    [InlineData("求人票を英語にしてくれる翻訳者", "en")]
    [InlineData("会社案内を英語にしてほしい", "en")]
    [InlineData("Our app's English UI and help pages translated into Japanese", "ja")]
    [InlineData("商品説明を中国語（簡体字）に翻訳できる人", "zh")]
    [InlineData("動画に英語字幕をつけてくれる人", "en")]
    [InlineData("海外投資家向けのIR資料を英訳してほしい", "en")]
    [InlineData("Someone to translate our ad copy and landing pages into natural Japanese", "ja")]
    public void Targets_TextNamingADirection_FindsTheLanguagesInto(string text, string expected)
    {
        var targets = TranslationDirection.Targets(text);

        Assert.Equal(expected.Split(','), targets);
    }

    [Theory]
    [InlineData("ビジネス通訳（日英）、商談・工場視察のアテンド")]
    [InlineData("日英バイリンガルの司会（企業イベント・パーティー）")]
    [InlineData("翻訳（英⇔日）：契約書・マニュアル")]
    [InlineData("英語に自信がないので相談したい")]
    [InlineData("A contractor to renovate a small shop into a deli counter")]
    [InlineData("English editing and proofreading of academic papers")]
    public void Targets_TextWithoutADirection_FindsNone(string text)
    {
        var targets = TranslationDirection.Targets(text);

        Assert.Empty(targets);
    }
}
