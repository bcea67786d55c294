using Goen.Core.Matching;

namespace Goen.Core.Tests.Matching;

public class ObjectFacetsTests
{
    [Theory]
    [InlineData("化粧箱のデザインをお願いしたい", ObjectFacets.Packaging)]
    [InlineData("A designer for wine labels", ObjectFacets.Packaging)]
    [InlineData("お店のチラシを作ってほしい", ObjectFacets.Paper)]
    [InlineData("Someone to print a photo on a big canvas", ObjectFacets.Photo | ObjectFacets.LargePrint)]
    [InlineData("店の看板を新しくしたい", ObjectFacets.Signage)]
    public void Need_ThingWorkedOn_SetsItsKind(string need, int expected)
    {
        var kinds = ObjectFacets.Need(need.ToLowerInvariant());

        Assert.Equal(expected, kinds);
    }

    [Theory]
    [InlineData("ホームページに載せる写真を撮ってほしい", ObjectFacets.Photo)]
    [InlineData("ホームページの写真を撮り直したい", ObjectFacets.Photo)]
    [InlineData("Web用の商品動画", ObjectFacets.Video)]
    [InlineData("Photos for our website", ObjectFacets.Photo)]
    [InlineData("website photos of our rooms", ObjectFacets.Photo)]
    [InlineData("ロゴとホームページを作りたい", ObjectFacets.Logo | ObjectFacets.Web)]
    [InlineData("会場で写真を撮ってほしい", ObjectFacets.Photo)]
    [InlineData("photos at the venue", ObjectFacets.Photo)]
    public void Need_KindNamingWhatTheWorkIsFor_IsLeftOut(string need, int expected)
    {
        var kinds = ObjectFacets.Need(need.ToLowerInvariant());

        Assert.Equal(expected, kinds);
    }

    [Theory]
    [InlineData("印刷全般、お気軽にどうぞ")]
    [InlineData("カタログ・Webサイトの翻訳（日→英）")]
    [InlineData("Copywriting for websites and brochures")]
    [InlineData("税務顧問")]
    public void Offer_EveryKindOrWorkOnWords_NamesNone(string offer)
    {
        var kinds = ObjectFacets.Offer(offer.ToLowerInvariant());

        Assert.Equal(0, kinds);
    }

    [Theory]
    [InlineData("ホームページ制作、名刺のデザイン", "パッケージのデザインをしてほしい", true)]
    [InlineData("チラシ・ポスターの印刷", "写真をキャンバスに大きく印刷したい", true)]
    [InlineData("パッケージ・ラベルのデザイン", "新商品のラベルのデザイン", false)]
    [InlineData("デザイン（ロゴ、チラシ、パッケージ）", "パッケージのデザインをしてほしい", false)]
    [InlineData("グラフィックデザイン", "パッケージのデザインをしてほしい", false)]
    [InlineData("渋谷のレンタルスペース（最大40名）", "夏のイベントで使う音響機材のレンタル", true)]
    [InlineData("賃貸物件の仲介", "50人入る会場", true)]
    [InlineData("着物レンタル", "照明機材を借りたい", true)]
    [InlineData("貸し会議室", "セミナー会場", false)]
    public void Contradicts_OnlyWhenBothNameKindsAndShareNone(string offer, string need, bool expected)
    {
        var contradicts = ObjectFacets.Contradicts(ObjectFacets.Offer(offer), ObjectFacets.Need(need));

        Assert.Equal(expected, contradicts);
    }

    [Theory]
    [InlineData("工場の機械の点検ができる人")]
    [InlineData("Someone to service our printing press")]
    [InlineData("厨房機器のメンテナンス")]
    public void Need_MachineToWorkOn_IsEquipment(string need)
    {
        var kinds = ObjectFacets.Need(need.ToLowerInvariant());

        Assert.Equal(ObjectFacets.Equipment, kinds);
    }
}
