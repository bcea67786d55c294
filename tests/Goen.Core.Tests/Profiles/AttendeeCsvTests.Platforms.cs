using System.Text;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles;

public partial class AttendeeCsvTests
{
    private const string PeatixUtf16 = "peatix-participants-utf16.csv";

    [Fact]
    public void ReadTable_PeatixUtf16TabDownload_ReadsEveryQuotedColumnAndRow()
    {
        var table = Sample(PeatixUtf16);

        Assert.Equal(("UTF-16", '\t', 13, 6), (table.EncodingName, table.Separator, table.Headers.Count, table.Rows.Count));
        Assert.Equal(["注文番号", "名前", "表示名"], table.Headers.Take(3));
        Assert.Equal(AttendeeFileKind.Peatix, AttendeeCsv.Detect(table.Headers));
    }

    [Fact]
    public void ReadTable_PeatixUtf16TabDownload_KeepsLineBreaksAndQuotesInsideAnswers()
    {
        var table = Sample(PeatixUtf16);

        Assert.Equal("ロゴ・名刺のデザイン\r\n（相談だけでも歓迎）", table.Rows[0].Cells[11]);
        Assert.Equal("\"ゆるく\"プログラミングを教えます", table.Rows[5].Cells[11]);
        Assert.Equal([2, 4, 6, 7, 8, 9], table.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("名前\t会社名\tできること\n佐藤\tミナト企画\tWeb制作\n", '\t')]
    [InlineData("名前;会社名;できること\n佐藤;ミナト企画;Web制作\n", ';')]
    [InlineData("名前,会社名,できること\n佐藤,ミナト企画,\"Web制作;保守\tも\"\n", ',')]
    [InlineData("\n\n名前\t会社名\tできること\r\n佐藤\tミナト企画\tWeb制作\r\n", '\t')]
    public void ReadTable_UnquotedSeparators_AreDetectedFromTheHeader(string text, char separator)
    {
        var table = Table(text);

        Assert.Equal((separator, 3), (table.Separator, table.Headers.Count));
        Assert.Equal(["佐藤", "ミナト企画"], table.Rows[0].Cells.Take(2));
        Assert.Equal(AttendeeFileKind.GoenProfiles, AttendeeCsv.Detect(table.Headers));
    }

    [Fact]
    public void ReadTable_UnquotedTabPeatixFile_IsNotOneGiantColumn()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("注文番号\t名前\tチケット番号\tステータス\r\nP-1\t佐藤 健\tT-1\t支払い済み\r\n")).ToArray();

        var table = AttendeeCsv.ReadTable(bytes, "peatix.csv");

        Assert.Equal(["注文番号", "名前", "チケット番号", "ステータス"], table.Headers);
        Assert.Equal("佐藤 健", table.Rows[0].Cells[1]);
    }

    [Fact]
    public void ReadTable_StrayQuoteInATabFile_CountsFieldsByTab()
    {
        var error = Assert.Throws<ProfileFileException>(() => Table("名前\t会社名\tメモ\n佐藤\tミナト\tab\"c\n"));

        Assert.Equal((ProfileFileProblem.StrayQuote, 2, 3), (error.Problem, error.Line, error.Column));
    }
}
