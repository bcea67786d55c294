using System.Globalization;
using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class BecauseTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    [Fact]
    public void Person_QuotesBothSidesOfTheReason_InTheReadersLanguage()
    {
        var english = Because.Person("山本 千尋", "記帳代行 ↔ 経理を任せたい", "佐藤 恵美", English);
        var japanese = Because.Person("山本 千尋", "記帳代行 ↔ 経理を任せたい", "佐藤 恵美", Japanese);

        Assert.Equal("山本 千尋 offers “記帳代行”, which fits what 佐藤 恵美 is looking for: “経理を任せたい”.", english);
        Assert.Equal("山本 千尋さんの「記帳代行」が、佐藤 恵美さんの探している「経理を任せたい」に合いそうです。", japanese);
    }

    [Theory]
    [InlineData("記帳代行 ↔ 経理を任せたい")]
    [InlineData("golf")]
    public void WritePerson_WritesWhatPersonSays_OrNothingWhenTheBufferIsShort(string reason)
    {
        var expected = Because.Languages.Select(c => Because.Person("山本 千尋", reason, "佐藤 恵美", c)).ToList();

        var written = Because.Languages.Select(c =>
        {
            var buffer = new char[256];
            return new string(buffer, 0, Because.WritePerson(buffer, "山本 千尋", reason, "佐藤 恵美", c));
        }).ToList();
        var tooShort = Because.WritePerson(new char[expected[0].Length - 1], "山本 千尋", reason, "佐藤 恵美", Because.Languages[0]);

        Assert.Equal(expected, written);
        Assert.Equal(-1, tooShort);
    }

    [Fact]
    public void Person_ReasonInTheSameWordsOnBothSides_QuotesThemTwice()
    {
        var sentence = Because.Person("Tom", "golf", "Ana", English);

        Assert.Equal("Tom offers “golf”, which fits what Ana is looking for: “golf”.", sentence);
    }

    [Fact]
    public void YouHelpAndHelpsYou_SpeakToTheReader_InTheirLanguage()
    {
        Assert.Equal("You offer “event planning”, which fits what 福島 陽子 is looking for: “イベント”.", Because.YouHelp("event planning ↔ イベント", "福島 陽子", English));
        Assert.Equal("あなたの「event planning」が、福島 陽子さんの探している「イベント」に合いそうです。", Because.YouHelp("event planning ↔ イベント", "福島 陽子", Japanese));
        Assert.Equal("川口 麻衣 offers “venue”, which fits what you are looking for: “会場”.", Because.HelpsYou("川口 麻衣", "venue ↔ 会場", English));
        Assert.Equal("川口 麻衣さんの「venue」が、あなたの探している「会場」に合いそうです。", Because.HelpsYou("川口 麻衣", "venue ↔ 会場", Japanese));
    }

    [Fact]
    public void Event_SaysWhatTheEventIsAbout()
    {
        var sentence = Because.Event("Cafe founders mixer", "開業 ↔ opening a cafe", "Ana", English);

        Assert.Equal("“Cafe founders mixer” is about “開業”, which fits Ana: “opening a cafe”.", sentence);
    }

    [Fact]
    public void Person_CultureWithoutSentences_GetsEnglish()
    {
        var sentence = Because.Person("Tom", "golf", "Ana", CultureInfo.GetCultureInfo("fr"));

        Assert.StartsWith("Tom offers “golf”", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Languages_AreEnglishAndJapanese_AndEachHasItsOwnSentence()
    {
        var sentences = Because.Languages.Select(c => Because.Person("A", "x", "B", c)).ToList();

        Assert.Equal(["en", "ja"], Because.Languages.Select(c => c.Name));
        Assert.Equal(sentences.Count, sentences.Distinct().Count());
    }
}
