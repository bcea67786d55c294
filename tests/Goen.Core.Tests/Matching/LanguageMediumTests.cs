using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class LanguageMediumTests
{
    [Theory]
    [InlineData("Advice in English on opening a NISA account", "English", "en", true)]
    [InlineData("A bookkeeper who works in English", "English", "en", true)]
    [InlineData("Tax advice in English — my Japanese is basic", "English", "en", true)]
    [InlineData("An English-speaking lawyer for cross-border contracts", "English", "en", true)]
    [InlineData("A Japanese-speaking sales partner", "Japanese", "ja", true)]
    [InlineData("社員向けに会社まで来てくれるヨガ講師（日本語で）", "日本語", "ja", false)]
    [InlineData("外国人観光客向けのWebサイトを英語で作りたい", "英語", "en", false)]
    public void Find_LanguageAsMedium_IsFound(string text, string name, string code, bool required)
    {
        var found = LanguageMedium.Find(text);

        var medium = Assert.Single(found);
        Assert.Equal(name, text[medium.Start..medium.End]);
        Assert.Equal(code, medium.Code);
        Assert.Equal(required, medium.Required);
    }

    [Theory]
    [InlineData("An accountant who speaks English, for my tax return", "English", "en")]
    [InlineData("a yoga teacher that can speak Japanese", "Japanese", "ja")]
    [InlineData("Someone who speaks fluent French", "French", "fr")]
    [InlineData("英語が話せる行政書士", "英語", "en")]
    [InlineData("日本語を話せるベビーシッター", "日本語", "ja")]
    [InlineData("韓国語が堪能な通訳ガイド", "韓国語", "ko")]
    public void Find_ANeedAskingForASpeaker_RequiresTheLanguage(string text, string name, string code)
    {
        var medium = Assert.Single(LanguageMedium.Find(text, need: true));

        Assert.Equal(name, text[medium.Start..medium.End]);
        Assert.Equal(code, medium.Code);
        Assert.True(medium.Required);
        // In an offer the same words say what else the helper speaks: no medium.
        Assert.Empty(LanguageMedium.Find(text));
        Assert.Equal([code], LanguageMedium.Speakers(text));
    }

    [Theory]
    [InlineData("English-speaking clients")]
    [InlineData("Advice in English")]
    [InlineData("英語でのゲスト対応")]
    public void Speakers_AMediumOrThePeopleServed_AsksForNoSpeaker(string text) =>
        Assert.Empty(LanguageMedium.Speakers(text));

    [Theory]
    [InlineData("Japanese-to-English translation of our app, into English")]
    [InlineData("求人票を英語にしてくれる翻訳者")]
    [InlineData("Business Japanese lessons")]
    [InlineData("英語では難しいので")]
    [InlineData("Coverage in Japanese media for my shop's opening")]
    public void Find_LanguageAsTopicOrTarget_FindsNothing(string text)
    {
        var found = LanguageMedium.Find(text);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("An English-speaking hiking guide", "English", "English-speaking")]
    [InlineData("An English speaking guide", "English", "English speaking")]
    [InlineData("Advice in English", "English", "English")]
    public void PhraseEnd_AfterTheName_CoversSpeaking(string text, string name, string phrase)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        var end = LanguageMedium.PhraseEnd(text, start + name.Length);

        Assert.Equal(phrase, text[start..end]);
    }

    [Theory]
    [InlineData("Portuguese–English interpreting for Brazilian visitors", "pt,en")]
    [InlineData("海外バイヤーとの商談に同席してくれる英語の通訳", "en")]
    [InlineData("Mandarin and Cantonese interpreting", "zh")]
    [InlineData("高尾山の登山ガイド（日本語のみ）", "ja")]
    [InlineData("ホームページ制作", "")]
    [InlineData("Presentation coaching in French for German speakers at Korean companies", "fr,de")]
    [InlineData("Payroll for our Spanish subsidiary", "")]
    public void Named_FindsEveryLanguageNamed(string text, string codes)
    {
        Assert.Equal(codes.Split(',', StringSplitOptions.RemoveEmptyEntries), LanguageMedium.Named(text));
    }

    [Theory]
    [InlineData("Spanish–English interpreting for trade fairs", "es,en")]
    [InlineData("Translation (Japanese/English) of manuals", "ja,en")]
    [InlineData("医療通訳（日中）", "ja,zh")]
    [InlineData("日英通訳・アテンド", "ja,en")]
    [InlineData("日本語・英語対応のホールスタッフ派遣", "")]
    [InlineData("Mandarin and Cantonese interpreting", "")]
    public void Pair_InterpretingBetweenTwoLanguages_FindsThePair(string text, string codes)
    {
        var pair = LanguageMedium.Pair(text);

        Assert.Equal(codes, pair is var (a, b) ? $"{a},{b}" : "");
    }
}
