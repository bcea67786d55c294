using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class TermAnalyzerTests
{
    private static readonly TermAnalyzer Analyzer = new(Vocabulary.Default);

    private static List<string> Words(string text) =>
        [.. Analyzer.Analyze(text).Select(f => text[f.Start..f.End]).Distinct()];

    [Fact]
    public void Analyze_JapaneseWithoutSpaces_IsSegmentedIntoDictionaryWords()
    {
        var words = Words("税務申告・記帳代行");

        Assert.Equal(["税務申告", "記帳代行"], words);
    }

    [Fact]
    public void Analyze_KatakanaCompound_IsSplitIntoKnownWords()
    {
        Assert.Contains("ウェブデザイン", Words("ウェブデザインとWordPressの保守"));
        Assert.Contains("WordPress", Words("ウェブデザインとWordPressの保守"));
    }

    [Fact]
    public void Analyze_UnknownKatakanaWord_IsKeptWhole()
    {
        var words = Words("ズンバのレッスン");

        Assert.Contains("ズンバ", words);
        Assert.DoesNotContain("ズン", words);
    }

    [Fact]
    public void Analyze_UnknownKanjiCompound_GivesCharacterPairs_NotAOneKanjiWord()
    {
        var features = Analyzer.Analyze("空撮");

        Assert.Single(features);
        Assert.Equal(TermAnalyzer.BigramKind, TermAnalyzer.KindOf(features[0].Key));
    }

    [Fact]
    public void Analyze_FeaturesPointAtTheOriginalText_EvenWhenItWasHalfWidth()
    {
        const string text = "ｳｪﾌﾞｻｲﾄを新しくしたい";

        var spans = Analyzer.Analyze(text).Select(f => text[f.Start..f.End]);

        Assert.Contains("ｳｪﾌﾞｻｲﾄ", spans);
    }

    [Fact]
    public void Analyze_GenericWordsAndGrammar_GiveNoFeatures()
    {
        Assert.Empty(Analyzer.Analyze("相談、サポート、紹介"));
        Assert.Empty(Analyzer.Analyze("I am looking for someone"));
    }

    [Fact]
    public void Analyze_SameMeaningInTwoLanguages_SharesConcepts()
    {
        var japanese = Analyzer.Analyze("エンジニアの採用").Select(f => f.Key).ToHashSet();
        var english = Analyzer.Analyze("hiring engineers").Select(f => f.Key).ToHashSet();

        Assert.True(japanese.Intersect(english).Count() >= 2);
    }

    [Theory]
    [InlineData("事務所のロゴ", "事務所", true)]
    [InlineData("オフィス移転", "オフィス", true)]
    [InlineData("office furniture", "office", true)]
    [InlineData("小さなオフィスを借りたい", "オフィス", false)]
    [InlineData("IT staff", "staff", false)]
    [InlineData("ロゴのデザイン", "デザイン", false)]
    [InlineData("イベントで使う機材", "イベント", true)]
    [InlineData("事務所に使える家具", "事務所", true)]
    [InlineData("イベントでロゴを配りたい", "イベント", false)]
    [InlineData("イベントに出展できる機会", "イベント", true)]
    [InlineData("オフィスで配る名刺", "オフィス", true)]
    [InlineData("口コミ対策", "対策", true)]
    [InlineData("JLPT対策の授業", "対策", true)]
    [InlineData("口コミ 対策", "対策", false)]
    [InlineData("対策を一緒に考えたい", "対策", false)]
    public void Analyze_BroadWord_ModifiesOnlyWhenSomethingFollowsIt_WhatItRelatesToAlways(string text, string word, bool modifies)
    {
        var analyzer = new TermAnalyzer(Vocabulary.Default);

        var features = analyzer.Analyze(text).Where(f => text[f.Start..f.End] == word).ToList();

        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.True(f.Broad));
        Assert.All(features, f => Assert.Equal(modifies || f.Related, f.Modifies));
    }

    [Theory]
    [InlineData("舞台や撮影向けのメイク", "撮影", true)]
    [InlineData("舞台や撮影向けのメイク", "舞台", true)]
    [InlineData("舞台や撮影向けのメイク", "メイク", false)]
    [InlineData("飲食店向けの会計ソフト導入", "飲食店", true)]
    [InlineData("Web用の動画制作", "動画制作", false)]
    [InlineData("ヨガ教室・企業向けの研修", "ヨガ", false)]
    [InlineData("中途採用の支援", "中途", false)]
    public void Analyze_WordsBeforeMukeOrYou_NameWhomTheServiceIsFor(string text, string word, bool modifies)
    {
        var analyzer = new TermAnalyzer(Vocabulary.Default);

        var features = analyzer.Analyze(text).Where(f => text[f.Start..f.End].Contains(word, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.Equal(modifies, f.Modifies));
    }

    [Theory]
    [InlineData("会員の住所利用")]
    [InlineData("イベントで使う")]
    [InlineData("what we use")]
    public void Analyze_VerbsOfUsing_CarryNoFeature(string text)
    {
        var analyzer = new TermAnalyzer(Vocabulary.Default);

        var words = analyzer.Analyze(text).Select(f => text[f.Start..f.End]).ToList();

        Assert.DoesNotContain(words, w => w.Contains('使') || w.Contains("利用", StringComparison.Ordinal) || w.Contains("use", StringComparison.Ordinal));
    }
}
