using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class ScopeFacetsTests
{
    [Theory]
    [InlineData("店まで来て料理の写真を撮ってほしい")]
    [InlineData("工場に出張して撮影してくれる人")]
    [InlineData("A photographer who can come to our restaurant")]
    [InlineData("On-site IT support for our office")]
    [InlineData("取材に同行して写真を撮ってくれるカメラマン")]
    [InlineData("展示会の記録写真を撮ってほしい")]
    [InlineData("Someone to photograph our conference in May")]
    public void Need_AsksForTheClientsPlace_SetsAtClientPlace(string need)
    {
        var scope = ScopeFacets.Need(need);

        Assert.NotEqual(0, scope & ScopeFacets.AtClientPlace);
    }

    [Theory]
    [InlineData("物撮り（自社スタジオでの撮影のみ）")]
    [InlineData("ポートレート撮影。出張撮影は受けていません")]
    [InlineData("Headshots, studio only")]
    [InlineData("Yoga classes, online only")]
    public void Offer_WorkedAtItsOwnPlaceOnly_SetsOwnPlaceOnly(string offer)
    {
        var scope = ScopeFacets.Offer(offer, NegatedClauses.Find(offer));

        Assert.NotEqual(0, scope & ScopeFacets.OwnPlaceOnly);
    }

    [Fact]
    public void Offer_OnLocationWork_DoesNotSetOwnPlaceOnly()
    {
        const string Offer = "出張撮影：商品・店舗・プロフィール写真";

        var scope = ScopeFacets.Offer(Offer, NegatedClauses.Find(Offer));

        Assert.Equal(0, scope & ScopeFacets.OwnPlaceOnly);
    }

    [Theory]
    [InlineData("法人の税務顧問。個人の確定申告は受けていません", ScopeFacets.CompaniesOnly)]
    [InlineData("Payroll for corporate clients", ScopeFacets.CompaniesOnly)]
    [InlineData("Tax returns for expat freelancers, in English", ScopeFacets.IndividualsOnly)]
    [InlineData("個人向けの資産運用相談", ScopeFacets.IndividualsOnly)]
    [InlineData("法人・個人の確定申告、記帳の指導", 0)]
    [InlineData("企業法務：契約書のリーガルチェック", ScopeFacets.CompaniesOnly)]
    [InlineData("Insurance consulting for small businesses", 0)]
    public void Offer_StatedClients_SetsWhomItServes(string offer, int expected)
    {
        var scope = ScopeFacets.Offer(offer, NegatedClauses.Find(offer));

        Assert.Equal(expected, scope & (ScopeFacets.CompaniesOnly | ScopeFacets.IndividualsOnly));
    }

    [Theory]
    [InlineData("自分の確定申告を手伝ってほしい", ScopeFacets.ForIndividual)]
    [InlineData("Help with my Japanese tax return", ScopeFacets.ForIndividual)]
    [InlineData("弊社の経理を任せたい", ScopeFacets.ForCompany)]
    [InlineData("Payroll outsourcing for our company", ScopeFacets.ForCompany)]
    [InlineData("相続でもめている実家の土地について相談したい", ScopeFacets.ForIndividual)]
    [InlineData("An accountant for my freelance income", ScopeFacets.ForIndividual)]
    [InlineData("ロゴを作ってほしい", 0)]
    public void Need_WhoseMatterItIs_SetsIndividualOrCompany(string need, int expected)
    {
        var scope = ScopeFacets.Need(need);

        Assert.Equal(expected, scope & (ScopeFacets.ForIndividual | ScopeFacets.ForCompany));
    }

    [Theory]
    [InlineData("IT staff recruitment: software engineers", "接客スタッフを採用したい", true)]
    [InlineData("IT staff recruitment: software engineers", "Front-desk staff for our hotel", true)]
    [InlineData("事務スタッフの人材派遣", "英語講師を採用したい", true)]
    [InlineData("IT staff recruitment: software engineers", "エンジニアを採用したい", false)]
    [InlineData("ホテル・飲食の人材紹介", "ホテルのフロントスタッフを募集したい", false)]
    [InlineData("Web development for small businesses", "接客スタッフを採用したい", false)]
    [InlineData("IT staff recruitment: software engineers", "案件を一緒にやれるフリーランスのiOSエンジニア", true)]
    [InlineData("IT staff recruitment: software engineers", "A freelance developer to build our app", true)]
    [InlineData("IT staff recruitment: software engineers", "フリーランスのエンジニアを正社員として採用したい", false)]
    [InlineData("IT企業の中途採用の支援", "英会話の講師を採用したい", true)]
    [InlineData("IT企業の中途採用の支援", "社内SEを採用したい", false)]
    public void Contradicts_StaffKinds_OnlyWhenBothNameKindsAndShareNone(string offer, string need, bool expected)
    {
        var contradicts = ScopeFacets.Contradicts(ScopeFacets.Offer(offer, NegatedClauses.Find(offer)), ScopeFacets.Need(need));

        Assert.Equal(expected, contradicts);
    }

    [Theory]
    [InlineData("商品撮影（自社スタジオのみ）", "お店まで来て商品の写真を撮ってほしい", true)]
    [InlineData("商品撮影（自社スタジオのみ）", "商品の写真を撮ってほしい", false)]
    [InlineData("Corporate tax for foreign companies; no personal tax returns", "My own tax return", true)]
    [InlineData("Corporate tax for foreign companies; no personal tax returns", "Tax advice for our company", false)]
    [InlineData("Bookkeeping for freelancers", "弊社の記帳を任せたい", true)]
    [InlineData("記帳代行", "自分の確定申告を手伝ってほしい", false)]
    [InlineData("Tax returns for foreign freelancers, in English", "事務所の経理を手伝ってくれる人", true)]
    [InlineData("Webデザイン、バナー制作。コーディングは受けていません", "ホームページをデザインから公開まで一式お願いしたい", true)]
    [InlineData("Webデザイン、バナー制作。コーディングは受けていません", "バナーをデザインしてほしい", false)]
    [InlineData("ホームページ制作（デザインから公開まで）", "ホームページをデザインから公開まで一式お願いしたい", false)]
    [InlineData("Tax returns for foreign freelancers, in English", "外国人スタッフの年末調整を相談したい", false)]
    [InlineData("Tax returns for foreign freelancers, in English", "Help with my tax return", false)]
    public void Contradicts_PlaceAndClients_WhenTheOfferRulesOutWhatTheNeedIs(string offer, string need, bool expected)
    {
        var contradicts = ScopeFacets.Contradicts(ScopeFacets.Offer(offer, NegatedClauses.Find(offer)), ScopeFacets.Need(need));

        Assert.Equal(expected, contradicts);
    }

    [Fact]
    public void NeedAndOffer_EmptyText_StateNothing()
    {
        var need = ScopeFacets.Need(null);
        var offer = ScopeFacets.Offer("", []);

        Assert.Equal(0, need | offer);
    }

    [Theory]
    [InlineData("教室の予約を受け付けられるホームページがほしい", true)]
    [InlineData("A website for my bakery", true)]
    [InlineData("ホームページのデザインだけ見直したい", false)]
    [InlineData("Someone to update our website every month", false)]
    [InlineData("会計ソフトの導入", false)]
    public void Need_SiteWithoutNamingAPart_IsAWholeJob(string need, bool whole)
    {
        var scope = ScopeFacets.Need(need);

        Assert.Equal(whole, (scope & ScopeFacets.WholeJob) != 0);
    }

    [Fact]
    public void Contradicts_SiteAskedForAgainstAnOfferRulingOutDesign()
    {
        const string Offer = "WordPressでのサイト構築。デザインはお受けしていません";

        var contradicts = ScopeFacets.Contradicts(ScopeFacets.Offer(Offer, NegatedClauses.Find(Offer)), ScopeFacets.Need("お店の紹介ができるホームページ"));

        Assert.True(contradicts);
    }

    [Theory]
    [InlineData("不動産登記・会社設立登記", "近所との境界トラブルを相談できる弁護士", true)]
    [InlineData("就業規則の作成、労務相談", "An English-speaking lawyer to review a licence agreement", true)]
    [InlineData("企業法務、契約書のリーガルチェック", "取引先との契約トラブルを相談できる弁護士", false)]
    [InlineData("就業規則の作成、労務相談", "残業代のルールを相談したい", false)]
    public void Contradicts_ProfessionNamedAgainstAnotherProfessionsWork(string offer, string need, bool expected)
    {
        var contradicts = ScopeFacets.Contradicts(ScopeFacets.Offer(offer, NegatedClauses.Find(offer)), ScopeFacets.Need(need));

        Assert.Equal(expected, contradicts);
    }

    [Theory]
    [InlineData("記帳代行・給与計算", "顧問の税理士を探しています", true)]
    [InlineData("英文契約書の翻訳", "契約書をチェックしてくれる弁護士", true)]
    [InlineData("Hiring know-how for tech startups", "A sharoushi for our employment rules", true)]
    [InlineData("個人事業主の確定申告の代行", "確定申告をお願いできる税理士", false)]
    [InlineData("Contract review and legal advice for small businesses", "A lawyer for a contract dispute", false)]
    public void Contradicts_ProfessionNamedAgainstAnOfferPractisingNone(string offer, string need, bool expected)
    {
        var contradicts = ScopeFacets.Contradicts(ScopeFacets.Offer(offer, NegatedClauses.Find(offer)), ScopeFacets.Need(need));

        Assert.Equal(expected, contradicts);
    }

    [Theory]
    [InlineData("iDeCoとNISAの使い分けを聞きたい", ScopeFacets.ForIndividual)]
    [InlineData("シードラウンドで出資してくれる人", ScopeFacets.ForCompany)]
    [InlineData("Investors for our startup's seed round", ScopeFacets.ForCompany)]
    public void Need_PersonalAccountOrCompanyFunding_SetsWhoseItIs(string need, int expected)
    {
        var scope = ScopeFacets.Need(need);

        Assert.Equal(expected, scope & (ScopeFacets.ForIndividual | ScopeFacets.ForCompany));
    }

    [Fact]
    public void Offer_InvestingInStartups_ServesCompaniesOnly()
    {
        const string Offer = "アーリー期のスタートアップへの出資とメンタリング";

        var scope = ScopeFacets.Offer(Offer, NegatedClauses.Find(Offer));

        Assert.Equal(ScopeFacets.CompaniesOnly, scope & (ScopeFacets.CompaniesOnly | ScopeFacets.IndividualsOnly));
    }

    [Theory]
    [InlineData("製造業向けの人材紹介（技術職）", "工場の機械を修理してくれる技術者", true)]
    [InlineData("Bilingual staffing for hotels", "Someone to translate our hotel menu", true)]
    [InlineData("製造業向けの人材紹介（技術職）", "工場の技術者を採用したい", false)]
    [InlineData("採用動画の撮影と編集", "会社紹介の動画を撮ってくれる人", false)]
    [InlineData("Recruitment videos for startups", "Someone to shoot a video of our office", false)]
    public void Contradicts_RecruiterAgainstANeedForWorkDone(string offer, string need, bool expected)
    {
        var contradicts = ScopeFacets.Contradicts(ScopeFacets.Offer(offer, NegatedClauses.Find(offer)), ScopeFacets.Need(need));

        Assert.Equal(expected, contradicts);
    }
}
