using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class NeedSettingsTests
{
    private static string Setting(string need) => string.Join(" | ", NeedSettings.Find(need).Select(r => need[r.Start..r.End]));

    [Theory]
    [InlineData("Sponsors for our summer hackathon", "hackathon", "Sponsors")]
    [InlineData("Clients in the wedding industry, a new laptop", "wedding industry", "Clients")]
    [InlineData("Restaurant customers who want a catering menu", "catering menu", "customers")]
    [InlineData("new client companies for our payroll software", "payroll software", "client companies")]
    [InlineData("Schools that would book me for calligraphy demos", "calligraphy demos", "Schools")]
    [InlineData("A venue for a book launch (about 30 people)", "book launch", "venue")]
    [InlineData("ヨガ教室の生徒さん集め", "ヨガ教室", "生徒")]
    [InlineData("陶芸体験のスポンサー企業を探しています", "陶芸体験", "スポンサー企業")]
    [InlineData("英会話講師として呼んでくれる学校", "英会話講師", "学校")]
    [InlineData("料理教室に使える会場（15人くらい）", "料理教室", "会場")]
    [InlineData("安定した校正の仕事がほしい", "校正", "仕事")]
    [InlineData("A space to rent for weekend pottery classes", "pottery classes", "rent")]
    [InlineData("Investors for our seed round", "seed round", "Investors")]
    [InlineData("読書会の参加者募集", "読書会", "参加者")]
    [InlineData("書道教室で週末に借りられるスペース", "書道教室", "借りられる")]
    public void Find_RequestHeadedByACounterpartOrAPlace_TheRestIsTheSetting(string need, string setting, string head)
    {
        var found = Setting(need);

        Assert.Contains(setting, found, StringComparison.Ordinal);
        Assert.DoesNotContain(head, found, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_TextWhoseFoldChangesItsLength_GivesRangesOfTheOriginal()
    {
        var need = "ﾃﾞｻﾞｲﾝ講座の生徒さん集め";

        var found = NeedSettings.Find(need).Select(r => need[r.Start..r.End]);

        Assert.Equal(["ﾃﾞｻﾞｲﾝ講座の", "さん集め"], found);
    }

    [Theory]
    [InlineData("Partners for guided cycling tours")]
    [InlineData("Referrals from architects and builders")]
    [InlineData("A physio I can refer clients with back pain to")]
    [InlineData("顧問先を紹介し合える司法書士仲間")]
    [InlineData("セミナー集客のための案内状を作ってくれるところ")]
    [InlineData("外国人のお客様の部屋探しを手伝ってくれる不動産会社")]
    [InlineData("着付けを教えてくれる先生")]
    [InlineData("会場")]
    [InlineData("Clients")]
    [InlineData("（会場）")]
    public void Find_HeadThatDoesTheWorkAsked_FindsNoSetting(string need)
    {
        var found = NeedSettings.Find(need);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("採用説明会の動画を作ってほしい", "採用説明会")]
    [InlineData("新商品の紹介動画", "紹介")]
    [InlineData("a recruitment video for our clinic", "recruitment")]
    [InlineData("Open day posters", "Open day")]
    public void Find_WordsModifyingAKindOfThing_AreTheSetting(string need, string setting)
    {
        var found = Setting(need);

        Assert.Contains(setting, found, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ホームページの写真を撮ってほしい")]
    [InlineData("ホームページに載せる写真")]
    [InlineData("photos for our website")]
    public void Find_KindThatModifiesOrIsOnlyAPurpose_IsLeftToObjectFacets(string need)
    {
        var found = NeedSettings.Find(need);

        Assert.Empty(found);
    }
}
