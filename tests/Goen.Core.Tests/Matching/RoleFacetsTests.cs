using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class RoleFacetsTests
{
    [Theory]
    [InlineData("会議室を半日借りたい", RoleFacets.Rent)]
    [InlineData("古いミシンを直してくれる職人", RoleFacets.Repair)]
    [InlineData("カフェで使うコーヒー豆を仕入れたい", RoleFacets.Supply)]
    [InlineData("動画編集を学びたい", RoleFacets.Teach)]
    [InlineData("We want to rent a van for the weekend", RoleFacets.Rent)]
    [InlineData("I'd like to learn how to edit podcasts", RoleFacets.Teach)]
    [InlineData("手作りアクセサリーを置いてくれるお店", RoleFacets.Buy)]
    public void Need_VerbOfAsking_AcceptsThatRole(string need, int role)
    {
        var accepted = RoleFacets.Need(need.ToLowerInvariant());

        Assert.NotEqual(0, accepted & role);
    }

    [Theory]
    [InlineData("撮影用の機材を借りたい")]
    [InlineData("料理写真の撮り方を習いたい")]
    [InlineData("Web制作を一から教わりたい")]
    public void Need_DecisiveVerbBesideMakingWords_DoesNotAcceptAMaker(string need)
    {
        var accepted = RoleFacets.Need(need);

        Assert.Equal(0, accepted & RoleFacets.Do);
    }

    [Theory]
    [InlineData("自分の講座を録画して、編集までできる人")]
    [InlineData("教室のロゴを作ってくれるデザイナー")]
    [InlineData("ワークショップ紹介の動画を作りたい")]
    public void Need_RoleNounNamingTheSetting_StillAcceptsAMaker(string need)
    {
        var accepted = RoleFacets.Need(need);

        Assert.NotEqual(0, accepted & RoleFacets.Do);
    }

    [Fact]
    public void Need_NoRoleWords_AcceptsEveryone()
    {
        var accepted = RoleFacets.Need("税理士さんを探しています");

        Assert.Equal(0, accepted);
    }

    [Theory]
    [InlineData("ウェディング撮影（ロケーションフォト）", RoleFacets.Do)]
    [InlineData("キャンプ用品のレンタル", RoleFacets.Rent)]
    [InlineData("自転車の修理・点検", RoleFacets.Repair)]
    [InlineData("Private piano lessons for adults", RoleFacets.Teach)]
    [InlineData("Wholesale of imported olive oil", RoleFacets.Supply)]
    [InlineData("ブランド品の買取", RoleFacets.Buy)]
    public void Offer_RoleWords_SetsTheRole(string offer, int role)
    {
        var roles = RoleFacets.Offer(offer.ToLowerInvariant());

        Assert.Equal(role, roles);
    }

    [Theory]
    [InlineData("parent-teacher talks, current affairs")]
    [InlineData("クラウド会計の導入")]
    public void Offer_RoleWordInsideAnotherWord_SetsNothing(string offer)
    {
        var roles = RoleFacets.Offer(offer);

        Assert.Equal(0, roles);
    }

    [Theory]
    [InlineData("イベント用テントのレンタル", "夏のイベントを運営してくれる会社", true)]
    [InlineData("商品撮影（スタジオ）", "撮影スタジオを2時間借りたい", true)]
    [InlineData("スタジオの時間貸しと撮影", "撮影スタジオを2時間借りたい", false)]
    [InlineData("英会話のレッスン", "社内文書を英語に翻訳してくれる人", true)]
    [InlineData("Web制作・保守", "サイトの保守をお願いしたい", false)]
    [InlineData("屋根工事・外壁塗装", "雨漏りを修理してほしい", false)]
    [InlineData("経営コンサルティング", "資金繰りを相談したい", false)]
    [InlineData("雑貨の販売", "雑貨の卸先を探しています", true)]
    public void Contradicts_RoleOfferedAgainstRoleAsked(string offer, string need, bool expected)
    {
        var contradicts = ScopeFacets.Contradicts(ScopeFacets.Offer(offer, NegatedClauses.Find(offer)), ScopeFacets.Need(need));

        Assert.Equal(expected, contradicts);
    }

    [Fact]
    public void Offer_RoleRuledOut_IsNotPlayed()
    {
        const string Offer = "機材の販売。レンタルは受けていません";

        var scope = ScopeFacets.Offer(Offer, NegatedClauses.Find(Offer));

        Assert.Equal(RoleFacets.Supply, scope & RoleFacets.All);
    }

    [Fact]
    public void Services_EachServiceKeepsItsOwnRole()
    {
        const string offer = "記帳代行と記帳の指導、相続の相談";

        var services = RoleFacets.Services(offer);

        Assert.NotNull(services);
        Assert.Equal(
            [("記帳代行", RoleFacets.Do), ("記帳の指導", RoleFacets.Teach), ("相続の相談", RoleFacets.Advise)],
            services.Select(s => (offer[s.Start..s.End], s.Roles)));
    }

    [Theory]
    [InlineData("ギターのレッスンと修理")]
    [InlineData("Guitar lessons and repairs")]
    public void Services_ServiceOfRoleWordsOnly_BelongsToTheOneBefore(string offer)
    {
        var services = RoleFacets.Services(offer);

        Assert.Null(services);
    }

    [Theory]
    [InlineData("チラシ・名刺・パンフレットの印刷")]
    [InlineData("着物レンタル")]
    [InlineData("ホームページ制作、ロゴ制作、名刺のデザイン")]
    public void Services_OneRoleOrOneListOfThings_SaysNothingMoreThanTheWholeOffer(string offer)
    {
        var services = RoleFacets.Services(offer);

        Assert.Null(services);
    }

    [Fact]
    public void Requests_EachRequestAcceptsItsOwnRoles()
    {
        const string need = "英語の資料を訳してくれる人、20人で使える会場";

        var requests = RoleFacets.Requests(need);

        Assert.NotNull(requests);
        Assert.Equal(2, requests.Length);
        Assert.NotEqual(0, requests[0].Roles & RoleFacets.Do);
        Assert.Equal(RoleFacets.Rent, requests[1].Roles);
    }

    [Fact]
    public void Requests_WithTheSetting_ReadEachRequestsRolesWithoutIt()
    {
        const string need = "チラシのデザインを作ってくれる人、ヨガレッスンに来てくれる生徒さん";
        var setting = NeedSettings.Find(need);

        var plain = RoleFacets.Requests(need);
        var requests = RoleFacets.Requests(need, setting: setting);

        Assert.NotNull(plain);
        Assert.NotEqual(0, plain[^1].Roles & RoleFacets.Teach);
        Assert.NotNull(requests);
        Assert.Equal(2, requests.Length);
        Assert.NotEqual(0, requests[0].Roles & RoleFacets.Do);
        Assert.Equal(0, requests[1].Roles);
    }

    [Theory]
    [InlineData("経理をまとめて任せられる人")]
    [InlineData("講師（子どもが好きな方）を採用したい")]
    public void Requests_KanaAndAsides_DoNotCutARequest(string need)
    {
        var requests = RoleFacets.Requests(need);

        Assert.Null(requests);
    }

    [Theory]
    [InlineData("セミナー会場", true)]
    [InlineData("a venue for 50 people", true)]
    [InlineData("30人くらい入るスペースを探しています", true)]
    [InlineData("会場で配るチラシを作ってほしい", false)]
    public void Need_PlaceAsTheHeadOfTheRequest_AsksForSomeoneWhoRentsItOut(string need, bool rent)
    {
        var accepted = RoleFacets.Need(need.ToLowerInvariant());

        Assert.Equal(rent, accepted == RoleFacets.Rent);
    }

    [Theory]
    [InlineData("交流会の企画運営")]
    [InlineData("venue coordination for corporate events")]
    public void Offer_RunningOrCoordinatingEvents_IsDoingTheWork(string offer)
    {
        var roles = RoleFacets.Offer(offer.ToLowerInvariant());

        Assert.Equal(RoleFacets.Do, roles);
    }

    [Theory]
    [InlineData("A sales partner who can introduce us to hotel buyers")]
    [InlineData("地方の酒販店に営業してくれる販売代理の方")]
    public void Need_SomeoneToSellForTheAsker_AcceptsTheWorkNotASeller(string need)
    {
        var accepted = RoleFacets.Need(need.ToLowerInvariant());

        Assert.NotEqual(0, accepted & RoleFacets.Do);
        Assert.Equal(0, accepted & RoleFacets.Supply);
    }

    [Fact]
    public void Offer_MakerSellingItsOwnGoods_Supplies()
    {
        var roles = RoleFacets.Offer("オーガニック石けんの製造販売");

        Assert.Equal(RoleFacets.Supply, roles);
    }
}
