using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class VocabularyTests
{
    private static bool ShareConcept(string a, string b, float minimumWeight = 1f)
    {
        var vocabulary = Vocabulary.Default;
        var left = vocabulary.Lookup(a).Where(l => l.Weight >= minimumWeight).Select(l => l.Concept);
        var right = vocabulary.Lookup(b).Where(l => l.Weight >= minimumWeight).Select(l => l.Concept);
        return left.Intersect(right).Any();
    }

    [Theory]
    [InlineData("ホームページ", "website")]
    [InlineData("ホームページ", "Web site")]
    [InlineData("ワイン", "wine")]
    [InlineData("採用", "雇用")]
    [InlineData("hiring", "採用")]
    [InlineData("recruiting", "求人")]
    [InlineData("bookkeeping", "記帳")]
    [InlineData("interpreting", "通訳")]
    [InlineData("マーケティング", "marketing")]
    [InlineData("ゴルフ", "golf")]
    [InlineData("ＡＩ", "人工知能")]
    [InlineData("ﾎｰﾑﾍﾟｰｼﾞ制作", "web design")]
    [InlineData("税務申告", "tax return")]
    [InlineData("削って", "切削加工")]
    [InlineData("刷って", "printing")]
    public void Lookup_SynonymsAcrossLanguagesAndWidths_ShareAConcept(string a, string b)
    {
        Assert.True(ShareConcept(a, b), $"{a} and {b} should be synonyms");
    }

    private static bool Relates(string offered, string needed) =>
        Vocabulary.Default.LookupRelated(offered).Select(l => l.Concept).Intersect(Vocabulary.Default.Lookup(needed).Select(l => l.Concept)).Any();

    [Theory]
    [InlineData("税理士", "確定申告")]
    [InlineData("確定申告", "税理士")]
    [InlineData("社労士", "就業規則")]
    [InlineData("tax accountant", "tax return")]
    public void LookupRelated_ProfessionalAndService_AreRelatedBothWays_NotSynonyms(string offered, string needed)
    {
        Assert.False(ShareConcept(offered, needed));
        Assert.True(Relates(offered, needed));
        Assert.All(Vocabulary.Default.LookupRelated(offered), l => Assert.Equal(Vocabulary.RelatedWeight, l.Weight));
    }

    [Fact]
    public void LookupRelated_RelatedLine_IsAStar_NotAClique()
    {
        // 税理士 relates to both, but filing a tax return is not bookkeeping's relative.
        Assert.True(Relates("税理士", "記帳"));
        Assert.False(Relates("確定申告", "記帳"));
    }

    [Theory]
    [InlineData("翻訳", "通訳")]
    [InlineData("translation", "interpreting")]
    public void LookupRelated_TranslatorAndInterpreter_AreDifferentServices(string offered, string needed)
    {
        Assert.False(ShareConcept(offered, needed, 0f));
        Assert.False(Relates(offered, needed));
    }

    [Theory]
    [InlineData("hire", "ハイヤー")]
    [InlineData("AI", "鳥インフルエンザ")]
    [InlineData("ゴルフ", "ワイン")]
    public void Lookup_WordsWithDifferentMeanings_ShareNoConcept(string a, string b)
    {
        Assert.False(ShareConcept(a, b, 0f));
    }

    [Theory]
    [InlineData("相談")]
    [InlineData("サポート")]
    [InlineData("紹介")]
    public void Lookup_GenericWords_StandForNoConcept(string word)
    {
        Assert.Empty(Vocabulary.Default.Lookup(word));
    }

    [Theory]
    [InlineData("スタッフ", true)]
    [InlineData("ｓｔａｆｆ", true)]
    [InlineData("事務所", true)]
    [InlineData("旅行", true)]
    [InlineData("接客", false)]
    [InlineData("ジャズ", false)]
    [InlineData("税理士", false)]
    public void IsBroad_WordsThatNameAWholeField_AreBroad_ServicesAndTopicsAreNot(string word, bool broad)
    {
        Assert.Equal(broad, Vocabulary.Default.IsBroad(word));
    }

    [Fact]
    public void Load_BroadLine_KeepsTheWordsMeaning()
    {
        using var goen = new StringReader("= staff, スタッフ\n* staff\n");

        var vocabulary = Vocabulary.Load(null, goen);

        Assert.True(vocabulary.IsBroad("staff"));
        Assert.False(vocabulary.IsBroad("スタッフ"));
        Assert.Equal(vocabulary.Lookup("スタッフ"), vocabulary.Lookup("staff"));
    }

    [Fact]
    public void Load_LineWithoutPrefix_IsRejectedWithItsNumber()
    {
        using var goen = new StringReader("= a, b\nc, d\n");

        var error = Assert.Throws<FormatException>(() => Vocabulary.Load(null, goen));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_CombinesSudachiAndGoenVocabulary()
    {
        Assert.True(Vocabulary.Default.ConceptCount > 26_000);
    }
}
