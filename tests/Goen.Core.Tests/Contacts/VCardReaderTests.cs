using System.Globalization;
using Goen.Core.Contacts;

namespace Goen.Core.Tests.Contacts;

// The fixtures are shaped on real exports (the AOSP vCard tests' v21/v30 files and ez-vcard's samples of
// Outlook, iPhone and Gmail) with our own people in them. feature-phone-sjis.vcf is CP932 bytes, CRLF.
public partial class VCardReaderTests
{
    private static VCardFile ReadFixture(string name) =>
        VCardReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Contacts", "Fixtures", name)), CultureInfo.InvariantCulture);

    [Fact]
    public void Read_GoogleContactsExport_ReadsEveryCardWithPhoneticsAndLabelledItems()
    {
        var file = ReadFixture("google-contacts.vcf");

        Assert.Empty(file.Problems);
        Assert.Equal(["山田 太郎", "Hanako Suzuki", "Chris Miller"], file.Contacts.Select(c => c.FormattedName));
        var taro = file.Contacts[0];
        Assert.Equal(("山田", "太郎", "やまだ", "たろう"), (taro.FamilyName, taro.GivenName, taro.PhoneticFamilyName, taro.PhoneticGivenName));
        Assert.Equal(["taro.yamada@goen-shoji.example.jp", "taro@example.net"], taro.Emails);
        Assert.Equal(["090-1234-5678"], taro.Phones);
        Assert.Equal(("株式会社ゴエン商事", "営業部長"), (taro.Organization, taro.Title));
        Assert.Equal("http://goen-shoji.example.jp/taro", taro.Url);
        Assert.Equal("名刺交換: 2024年 渋谷の勉強会\n紹介者: 佐藤さん", taro.Note);
        var hanako = file.Contacts[1];
        Assert.Equal(("スズキ", "ハナコ"), (hanako.PhoneticFamilyName, hanako.PhoneticGivenName));
        Assert.Equal(["+81 3-1234-5678", "+81 80-9876-5432"], hanako.Phones);
        Assert.Equal("Example Design Tokyo Studio", hanako.Organization);
        var chris = file.Contacts[2];
        Assert.Equal(["chris@example.org"], chris.Emails);
        Assert.Equal(("", "", "", ""), (chris.PhoneticFamilyName, chris.Organization, chris.Note, chris.Uid));
        Assert.Empty(chris.Phones);
    }

    [Fact]
    public void Read_IosExport_UnescapesCommasAndSemicolonsAndSkipsThePhoto()
    {
        var file = ReadFixture("ios.vcf");

        Assert.Empty(file.Problems);
        Assert.Equal(2, file.Contacts.Count);
        var hanako = file.Contacts[0];
        Assert.Equal(("佐藤 花子", "佐藤", "花子"), (hanako.FormattedName, hanako.FamilyName, hanako.GivenName));
        Assert.Equal(("サトウ", "ハナコ"), (hanako.PhoneticFamilyName, hanako.PhoneticGivenName));
        Assert.Equal("ミナト印刷, 株式会社 デザイン室", hanako.Organization);
        Assert.Equal("アートディレクター", hanako.Title);
        Assert.Equal(["hanako@minato-print.example.jp"], hanako.Emails);
        Assert.Equal(["080-1111-2222", "+81 90 3333 4444"], hanako.Phones);
        Assert.Equal("https://minato-print.example.jp/", hanako.Url);
        Assert.Equal("展示会で会った。ロゴ, 名刺, パンフレットの相談; 来月連絡する。", hanako.Note);
        var ngozi = file.Contacts[1];
        Assert.Equal(("Dr. Ngozi Okafor", "Okafor", "Ngozi", "Lagos Health Lab"), (ngozi.FormattedName, ngozi.FamilyName, ngozi.GivenName, ngozi.Organization));
        Assert.Equal(["+234 1 555 0100"], ngozi.Phones);
        Assert.Equal("Met at the Tokyo meetup, spoke about clinics\nFollow up in March", ngozi.Note);
    }

    [Fact]
    public void Read_OutlookVersion21_DecodesQuotedPrintableAcrossSoftLineBreaks()
    {
        var file = ReadFixture("outlook.vcf");

        Assert.Empty(file.Problems);
        var kenichi = file.Contacts[0];
        Assert.Equal(("高橋 健一", "高橋", "健一"), (kenichi.FormattedName, kenichi.FamilyName, kenichi.GivenName));
        Assert.Equal(("北星システムズ 開発本部", "エンジニア"), (kenichi.Organization, kenichi.Title));
        Assert.Equal("打ち合わせメモ\n次回: 来週水曜日 15時から、品川オフィスにて。資料は事前にメールで送る。", kenichi.Note);
        Assert.Equal(["(03) 5555-0101", "070-5555-0102"], kenichi.Phones);
        Assert.Equal(["k.takahashi@hokusei.example.jp"], kenichi.Emails);
        var siobhan = file.Contacts[1];
        Assert.Equal(("Siobhan O'Brien", "O'Brien", "Siobhan", "Harbour Consulting"), (siobhan.FormattedName, siobhan.FamilyName, siobhan.GivenName, siobhan.Organization));
        Assert.Equal("Met at the Kyoto conference.\nLikes: sailing; jazz\nCafé meeting next time.", siobhan.Note);
        Assert.Equal(["siobhan@harbour.example.ie", "s.obrien@example.com"], siobhan.Emails);
        Assert.Equal(["+353 1 555 0199"], siobhan.Phones);
    }

    [Fact]
    public void Read_ShiftJisFeaturePhone_DecodesNamesAndWidensTheHalfWidthReading()
    {
        var file = ReadFixture("feature-phone-sjis.vcf");

        Assert.Empty(file.Problems);
        var taro = file.Contacts[0];
        Assert.Equal(("山田 太郎", "山田", "太郎"), (taro.FormattedName, taro.FamilyName, taro.GivenName));
        Assert.Equal(("ヤマダ", "タロウ"), (taro.PhoneticFamilyName, taro.PhoneticGivenName));
        Assert.Equal(["09012345678", "0312345678"], taro.Phones);
        Assert.Equal(["taro.yamada@docomo.example.ne.jp"], taro.Emails);
        Assert.Equal("表計算ソフトの件で連絡", taro.Note);
        var sakura = file.Contacts[1];
        Assert.Equal(("伊藤 さくら", "イトウ", "サクラ"), (sakura.FormattedName, sakura.PhoneticFamilyName, sakura.PhoneticGivenName));
        Assert.Equal("髙橋工務店", sakura.Organization);
        Assert.Equal("ソフトボール部の先輩", sakura.Note);
        Assert.Equal(["080-2222-3333"], sakura.Phones);
        Assert.Equal(["sakura@ezweb.example.ne.jp"], sakura.Emails);
    }

    [Fact]
    public void Read_Version40_TakesTheReadingFromSortAsAndTheNumberFromTelUris()
    {
        var file = ReadFixture("vcard4-sort-as.vcf");

        Assert.Empty(file.Problems);
        var misaki = Assert.Single(file.Contacts);
        Assert.Equal(("中村 美咲", "中村", "美咲"), (misaki.FormattedName, misaki.FamilyName, misaki.GivenName));
        Assert.Equal(("ナカムラ", "ミサキ"), (misaki.PhoneticFamilyName, misaki.PhoneticGivenName));
        Assert.Equal("さくらラボ", misaki.Organization);
        Assert.Equal(["misaki@sakura-lab.example.jp"], misaki.Emails);
        Assert.Equal(["+81-90-5555-6666", "+81-3-5555-7777 ext. 204"], misaki.Phones);
        Assert.Equal("複数行のメモ\nカンマ, セミコロン; バックスラッシュ\\ おわり", misaki.Note);
        Assert.Equal("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1", misaki.Uid);
    }
}
