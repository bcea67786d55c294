using System.Text;
using Goen.Core.Contacts;

namespace Goen.Core.Tests.Contacts;

public partial class VCardWriterTests
{
    private static VCardContact Contact(
        string formattedName,
        string family = "",
        string given = "",
        string phoneticFamily = "",
        string phoneticGiven = "",
        string organization = "",
        string title = "",
        string[]? emails = null,
        string[]? phones = null,
        string note = "",
        string url = "",
        string uid = "") =>
        new(formattedName, family, given, phoneticFamily, phoneticGiven, organization, title, emails ?? [], phones ?? [], note, url, uid);

    private static readonly VCardContact Taro = Contact(
        "山田 太郎", "山田", "太郎", "ヤマダ", "タロウ", "株式会社ゴエン", "代表", ["taro@example.jp"], ["090-1234-5678"], "メモ", "https://goen.example.jp/", "urn:uuid:0b6f8c9e-2f5d-4a57-9c1e-4b1e5e0c2d11");

    [Fact]
    public void Write_Contact_WritesVersion40WithReadingsTwiceAndCrlf()
    {
        var text = VCardWriter.Write([Taro]);

        Assert.Equal(
            "BEGIN:VCARD\r\n" +
            "VERSION:4.0\r\n" +
            "FN:山田 太郎\r\n" +
            "N;SORT-AS=\"ヤマダ,タロウ\":山田;太郎;;;\r\n" +
            "X-PHONETIC-LAST-NAME:ヤマダ\r\n" +
            "X-PHONETIC-FIRST-NAME:タロウ\r\n" +
            "ORG:株式会社ゴエン\r\n" +
            "TITLE:代表\r\n" +
            "EMAIL:taro@example.jp\r\n" +
            "TEL:090-1234-5678\r\n" +
            "NOTE:メモ\r\n" +
            "URL:https://goen.example.jp/\r\n" +
            "UID:urn:uuid:0b6f8c9e-2f5d-4a57-9c1e-4b1e5e0c2d11\r\n" +
            "END:VCARD\r\n",
            text);
    }

    [Fact]
    public void Write_EmptyFields_AreLeftOut()
    {
        var text = VCardWriter.Write([Contact("Aiko")]);

        Assert.Equal("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Aiko\r\nN:;;;;\r\nEND:VCARD\r\n", text);
    }

    [Fact]
    public void Write_SpecialCharacters_AreEscapedAsRfc6350Says()
    {
        var text = VCardWriter.Write([Contact("Doe, Jane", "Doe;Smith", "Jane", note: "a\\b, c; d\r\ne\nf")]);

        Assert.Contains("\r\nFN:Doe\\, Jane\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nN:Doe\\;Smith;Jane;;;\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nNOTE:a\\\\b\\, c\\; d\\ne\\nf\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QuoteInReading_IsWrittenAsRfc6868Caret()
    {
        var text = VCardWriter.Write([Contact("O'Neil \"Ace\"", "O'Neil", "Ace", "O\"Neil", "Ace")]);

        Assert.Contains("N;SORT-AS=\"O^'Neil,Ace\":O'Neil;Ace;;;\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongJapaneseNote_FoldsAt75OctetsWithoutSplittingACharacter()
    {
        var note = string.Concat(Enumerable.Repeat("日本語のメモ、長い🙂", 20));

        var text = VCardWriter.Write([Contact("Aiko", note: note)]);

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.All(lines, line => Assert.Equal(line, strict.GetString(strict.GetBytes(line))));
        Assert.DoesNotContain(lines, line => line.Any(char.IsSurrogate) && !line.EnumerateRunes().Any(r => r.Utf8SequenceLength == 4));
        var noteLines = lines.SkipWhile(l => !l.StartsWith("NOTE:", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith("NOTE:", StringComparison.Ordinal) || l.StartsWith(' ')).ToList();
        Assert.True(noteLines.Count > 5);
        Assert.Equal("NOTE:" + note, noteLines[0] + string.Concat(noteLines.Skip(1).Select(l => l[1..])));
    }

    [Fact]
    public void Write_NoContacts_WritesNothing()
    {
        var text = VCardWriter.Write([]);

        Assert.Equal("", text);
    }
}
