using System.Globalization;
using System.Text;
using Goen.Core.Contacts;

namespace Goen.Core.Tests.Contacts;

public partial class VCardReaderTests
{
    private static VCardContact ReadOne(string text) => Assert.Single(VCardReader.Read(Encoding.UTF8.GetBytes(text), English).Contacts);

    [Theory]
    [InlineData("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long\r\n  name\r\nEND:VCARD\r\n")]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\nFN:Long\n\t name\nEND:VCARD\n")]
    [InlineData("BEGIN:VCARD\rVERSION:3.0\rFN:Lo\r ng name\rEND:VCARD\r")]
    public void Read_FoldedLine_IsUnfoldedWhateverTheLineEnds(string text)
    {
        var contact = ReadOne(text);

        Assert.Equal("Long name", contact.FormattedName);
    }

    [Fact]
    public void Read_LowerCaseNamesAndGroups_AreRead()
    {
        var contact = ReadOne("begin:vcard\nversion:3.0\nfn:Aiko\nwork.email;type=internet:aiko@example.com\nend:vcard\n");

        Assert.Equal(("Aiko", "aiko@example.com"), (contact.FormattedName, Assert.Single(contact.Emails)));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("shift_jis")]
    public void Read_EncodingWithoutLabels_IsDetected(string encoding)
    {
        const string Text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:渡辺 ソウ\r\nN:渡辺;ソウ;;;\r\nNOTE:表示\r\nEND:VCARD\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
            _ => Encoding.GetEncoding(932).GetBytes(Text),
        };

        var contact = Assert.Single(VCardReader.Read(bytes, English).Contacts);

        Assert.Equal(("渡辺 ソウ", "渡辺", "ソウ", "表示"), (contact.FormattedName, contact.FamilyName, contact.GivenName, contact.Note));
    }

    [Fact]
    public void Read_Version21BareParameters_ReadQuotedPrintableAndPhones()
    {
        var contact = ReadOne("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Kato;Ken\r\nTEL;CELL;VOICE:090-1111-2222\r\nEMAIL;INTERNET;PREF:ken@example.com\r\nNOTE;QUOTED-PRINTABLE:one=0D=0Atwo =3D three\r\nEND:VCARD\r\n");

        Assert.Equal(("Ken Kato", "090-1111-2222", "ken@example.com"), (contact.FormattedName, Assert.Single(contact.Phones), Assert.Single(contact.Emails)));
        Assert.Equal("one\ntwo = three", contact.Note);
    }

    [Fact]
    public void Read_NameOnlyWestern_BuildsTheFormattedNameGivenNameFirst()
    {
        var contact = ReadOne("BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;Quincy;Mr.;Jr.\nEND:VCARD\n");

        Assert.Equal("Mr. John Quincy Doe Jr.", contact.FormattedName);
    }

    [Fact]
    public void Read_EscapedSemicolonInName_StaysInTheComponent()
    {
        var contact = ReadOne("BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nN:Smith\\;Jones;Anna\\, Maria;;;\nEND:VCARD\n");

        Assert.Equal(("Smith;Jones", "Anna, Maria"), (contact.FamilyName, contact.GivenName));
    }

    [Fact]
    public void Read_BackslashBeforeOtherCharacters_IsKept()
    {
        var contact = ReadOne("BEGIN:VCARD\nVERSION:3.0\nFN:Aiko\nNOTE:C:\\Users\\aiko\\nnext\nEND:VCARD\n");

        Assert.Equal("C:\\Users\\aiko\nnext", contact.Note);
    }

    [Fact]
    public void Read_IrmcReadingAsItsOwnProperty_IsThePhoneticName()
    {
        var contact = ReadOne("BEGIN:VCARD\nVERSION:2.1\nN:木村;拓也\nX-IRMC-N:ｷﾑﾗ;ﾀｸﾔ\nEND:VCARD\n");

        Assert.Equal(("キムラ", "タクヤ"), (contact.PhoneticFamilyName, contact.PhoneticGivenName));
    }

    [Fact]
    public void Read_PhoneticPropertiesAndSortAs_PreferThePhoneticProperties()
    {
        var contact = ReadOne("BEGIN:VCARD\nVERSION:4.0\nFN:東海林 司\nN;SORT-AS=\"トウカイリン,ツカサ\":東海林;司;;;\nX-PHONETIC-LAST-NAME:ショウジ\nEND:VCARD\n");

        Assert.Equal(("ショウジ", "ツカサ"), (contact.PhoneticFamilyName, contact.PhoneticGivenName));
    }

    [Fact]
    public void Read_ValidUtf8FileLabelledShiftJis_IsReadAsUtf8()
    {
        var contact = ReadOne("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=SHIFT_JIS:森;花\nEND:VCARD\n");

        Assert.Equal(("森", "花"), (contact.FamilyName, contact.GivenName));
    }

    [Fact]
    public void Read_LegacyCharsetInAFileThatIsNotUtf8_IsDecodedWithItsLabel()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1252:Zoë Müller\r\nEND:VCARD\r\n");

        var contact = Assert.Single(VCardReader.Read(bytes, English).Contacts);

        Assert.Equal("Zoë Müller", contact.FormattedName);
    }

    [Fact]
    public void Read_Version21PhotoOnLinesNotIndented_IsSkippedUpToTheBlankLine()
    {
        var file = VCardReader.Read(Encoding.UTF8.GetBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Aiko\r\nPHOTO;JPEG;ENCODING=BASE64:\r\n/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8M\r\nCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQ\r\n\r\nEMAIL;INTERNET:aiko@example.com\r\nEND:VCARD\r\n"), English);

        Assert.Empty(file.Problems);
        Assert.Equal(["aiko@example.com"], Assert.Single(file.Contacts).Emails);
    }

    [Fact]
    public void Read_QuotedPrintableEndingInAStrayEquals_KeepsTheEndOfTheCard()
    {
        var file = VCardReader.Read(Encoding.UTF8.GetBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Aiko\r\nNOTE;ENCODING=QUOTED-PRINTABLE:abc=\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ben\r\nEND:VCARD\r\n"), English);

        Assert.Equal([("Aiko", "abc"), ("Ben", "")], file.Contacts.Select(c => (c.FormattedName, c.Note)));
    }

    [Fact]
    public void Read_TextOutsideCardsAndOtherObjects_IsIgnored()
    {
        var file = VCardReader.Read(Encoding.UTF8.GetBytes("exported by someone\n\nBEGIN:VCARD\nFN:Aiko\nEND:VCARD\n\nEND:VCARD\n"), English);

        Assert.Equal("Aiko", Assert.Single(file.Contacts).FormattedName);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Read_TenThousandCards_ReadsEveryOne()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:参加者 {i}\r\nN:参加者;{i};;;\r\nX-PHONETIC-LAST-NAME:サンカシャ\r\nEMAIL;TYPE=INTERNET:p{i}@example.com\r\nTEL;TYPE=CELL:090-{i:D4}-0000\r\nNOTE:メモ\\, {i}\r\nEND:VCARD\r\n");
        }

        var file = VCardReader.Read(Encoding.UTF8.GetBytes(text.ToString()), English);

        Assert.Empty(file.Problems);
        Assert.Equal(10_000, file.Contacts.Count);
        Assert.Equal(("参加者 9999", "p9999@example.com", "メモ, 9999"), (file.Contacts[^1].FormattedName, file.Contacts[^1].Emails[0], file.Contacts[^1].Note));
    }
}
