using System.Globalization;
using System.Text;
using Goen.Core.Contacts;

namespace Goen.Core.Tests.Contacts;

public partial class VCardReaderTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    private static VCardFormatException Rejected(string text, CultureInfo? culture = null) => Rejected(Encoding.UTF8.GetBytes(text), culture);

    private static VCardFormatException Rejected(byte[] bytes, CultureInfo? culture = null) =>
        Assert.Throws<VCardFormatException>(() => VCardReader.Read(bytes, culture ?? English));

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\r\n")]
    [InlineData("\uFEFF")]
    public void Read_EmptyFile_SaysItIsEmpty(string text)
    {
        var error = Rejected(text);

        Assert.Equal("The file is empty; export the contacts again as a vCard (.vcf) file.", error.Message);
    }

    [Fact]
    public void Read_BinaryFile_SaysItIsNotText()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var error = Rejected(png);

        Assert.StartsWith("This is not a text file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HtmlPage_SaysItIsAWebPage()
    {
        var error = Rejected("<!DOCTYPE html>\n<html><head><title>Contacts</title></head><body>BEGIN: nothing here</body></html>\n");

        Assert.Equal("This file is a web page (HTML), not a vCard; save the contacts as a .vcf file and choose that file.", error.Message);
    }

    [Fact]
    public void Read_CsvFile_SaysThereIsNoBeginVCard()
    {
        var error = Rejected("name,email\n山田太郎,taro@example.com\n");

        Assert.Contains("BEGIN:VCARD", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.Line);
    }

    [Fact]
    public void Read_CardWithoutEnd_NamesTheLineWhereItBegan()
    {
        var error = Rejected("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\n");

        Assert.Equal(5, error.Line);
        Assert.Equal("Line 5: the card that begins here (card 2) has no END:VCARD, so the file looks cut short; export it again.", error.Message);
    }

    [Fact]
    public void Read_CardWithoutEndFollowedByAnother_NamesTheUnfinishedCard()
    {
        var error = Rejected("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n");

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_CardWithoutEndInJapanese_SaysSoInJapanese()
    {
        var error = Rejected("BEGIN:VCARD\nFN:A\n", Japanese);

        Assert.Equal("1 行目: ここから始まるカード（1 件目）に END:VCARD がありません。ファイルが途中で切れているようです。もう一度書き出してください。", error.Message);
    }

    [Fact]
    public void Read_WithoutCulture_WritesInTheCurrentUiCulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Japanese;
        try
        {
#pragma warning disable CA1304 // The overload without a culture is the one under test.
            var error = Assert.Throws<VCardFormatException>(() => VCardReader.Read([]));
#pragma warning restore CA1304

            Assert.Equal("ファイルが空です。連絡先を vCard（.vcf）形式でもう一度書き出してください。", error.Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Read_MoreCardsThanTheCap_IsRejected()
    {
        var text = new StringBuilder();
        for (var i = 0; i <= VCardReader.MaxCards; i++)
        {
            text.Append("BEGIN:VCARD\nFN:P\nEND:VCARD\n");
        }

        var error = Rejected(text.ToString());

        Assert.Equal("The file has more than 50,000 cards; split it into smaller files.", error.Message);
        Assert.Equal((3 * VCardReader.MaxCards) + 1, error.Line);
    }

    [Fact]
    public void Read_CardWithoutName_IsSkippedAndReportedWhileTheOthersAreKept()
    {
        var text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Aiko\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN: \r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\nEND:VCARD\r\n";

        var file = VCardReader.Read(Encoding.UTF8.GetBytes(text), English);

        Assert.Equal(["Aiko", "Ben"], file.Contacts.Select(c => c.FormattedName));
        Assert.Equal([(2, 5), (3, 9)], file.Problems.Select(p => (p.CardNumber, p.Line)));
        Assert.Equal("Card 2 (line 5): the card has no name (FN or N), so it was skipped.", file.Problems[0].Message);
    }

    [Fact]
    public void Read_CardWithoutNameInJapanese_ReportsInJapanese()
    {
        var file = VCardReader.Read(Encoding.UTF8.GetBytes("BEGIN:VCARD\nTEL:090-0000-0000\nEND:VCARD\n"), Japanese);

        Assert.Empty(file.Contacts);
        Assert.Equal("1 件目（1 行目）: 名前（FN または N）がないため、このカードは読み込みませんでした。", Assert.Single(file.Problems).Message);
    }

    [Fact]
    public void Read_LineWithoutColon_IsReportedAndTheCardKept()
    {
        var file = VCardReader.Read(Encoding.UTF8.GetBytes("BEGIN:VCARD\nVERSION:3.0\nFN:Aiko\nthis is not a property\nEMAIL:aiko@example.com\nEND:VCARD\n"), English);

        Assert.Equal(["aiko@example.com"], Assert.Single(file.Contacts).Emails);
        var problem = Assert.Single(file.Problems);
        Assert.Equal((1, 4), (problem.CardNumber, problem.Line));
        Assert.Equal("Card 1 (line 4): this line is not a vCard property (it has no \":\"), so it was skipped.", problem.Message);
    }

    [Fact]
    public void Read_Base64TextProperty_IsReportedAndSkipped()
    {
        var file = VCardReader.Read(Encoding.UTF8.GetBytes("BEGIN:VCARD\nVERSION:3.0\nFN:Aiko\nNOTE;ENCODING=b:44GC44GE\nEND:VCARD\n"), English);

        Assert.Equal("", Assert.Single(file.Contacts).Note);
        Assert.Equal("Card 1 (line 4): NOTE is encoded as binary data (BASE64), which is not read for this field, so it was skipped.", Assert.Single(file.Problems).Message);
    }

    [Fact]
    public void Read_UnknownCharset_IsReportedAndTheValueStillRead()
    {
        var file = VCardReader.Read(Encoding.UTF8.GetBytes("BEGIN:VCARD\nVERSION:2.1\nN:Tanaka;Jiro\nNOTE;CHARSET=X-UNHEARD-OF;ENCODING=QUOTED-PRINTABLE:=E3=81=82\nEND:VCARD\n"), English);

        Assert.Equal("あ", Assert.Single(file.Contacts).Note);
        Assert.Equal("Card 1 (line 4): NOTE names the character set \"X-UNHEARD-OF\", which is unknown, so it was read as UTF-8.", Assert.Single(file.Problems).Message);
    }
}
