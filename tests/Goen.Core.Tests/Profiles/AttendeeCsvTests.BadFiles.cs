using System.Globalization;
using System.Text;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles;

public partial class AttendeeCsvTests
{
    private static ProfileFileException Refused(string text, int maxRows = AttendeeCsv.DefaultMaxRows) =>
        Assert.Throws<ProfileFileException>(() => Table(text, maxRows));

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n")]
    [InlineData("\uFEFF")]
    public void ReadTable_EmptyFile_IsRefused(string text)
    {
        Assert.Equal(ProfileFileProblem.Empty, Refused(text).Problem);
    }

    [Theory]
    [InlineData("参加枠名,ユーザー名,表示名,参加ステータス\n")]
    [InlineData("タイムスタンプ,お名前\n,\n\n")]
    public void ReadTable_HeaderOnly_IsRefusedAsListingNobody(string text)
    {
        Assert.Equal(ProfileFileProblem.NoPeople, Refused(text).Problem);
    }

    [Fact]
    public void ReadTable_NulCharacter_IsRefusedAtItsLine()
    {
        var error = Refused("name,offers\nSato,Web\nTanaka,Lo\0go\n");

        Assert.Equal((ProfileFileProblem.NulCharacter, 3), (error.Problem, error.Line));
    }

    [Fact]
    public void ReadTable_Utf16WithoutItsByteOrderMark_IsRefusedForItsNuls()
    {
        var error = Assert.Throws<ProfileFileException>(() => AttendeeCsv.ReadTable(Encoding.Unicode.GetBytes("name,offers\nSato,Web\n"), "attendees.csv"));

        Assert.Equal((ProfileFileProblem.NulCharacter, 1), (error.Problem, error.Line));
        Assert.Contains("UTF-16 without its byte order mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTable_UnclosedQuote_NamesWhereItOpened()
    {
        var error = Refused("name,offers\nA,ウェブ\nB,\"ロゴ,名刺\nC,写真\n");

        Assert.Equal((ProfileFileProblem.UnclosedQuote, 3, 2), (error.Problem, error.Line, error.Column));
    }

    [Fact]
    public void ReadTable_StrayQuote_NamesTheLineAndColumn()
    {
        var error = Refused("name,offers,needs\nA,ウェブ,経理\nB,ロゴ,名刺の\"デザイン\n");

        Assert.Equal((ProfileFileProblem.StrayQuote, 3, 3), (error.Problem, error.Line, error.Column));
    }

    [Fact]
    public void ReadTable_ValueBeyondTheLastHeader_IsRefusedAsAShiftedRow()
    {
        var error = Refused("name,offers\nA,ウェブ\nB,東京,大阪\n");

        Assert.Equal((ProfileFileProblem.TooManyFields, 3, 3), (error.Problem, error.Line, error.Column));
    }

    [Fact]
    public void ReadTable_TrailingEmptyColumns_AreDropped()
    {
        var table = Table("name,offers,,\nA,ウェブ,,\nB,,,,\n");

        Assert.Equal(["name", "offers"], table.Headers);
        Assert.All(table.Rows, r => Assert.Equal(2, r.Cells.Count));
    }

    [Fact]
    public void ReadTable_ShortRowsAndBlankLines_ArePaddedAndSkipped()
    {
        var table = Table("name,offers,needs\n\nA\n,,\n\"B\nBee\",x,y\nC,z\n");

        Assert.Equal([3, 5, 7], table.Rows.Select(r => r.Line));
        Assert.Equal(["A", "", ""], table.Rows[0].Cells);
        Assert.Equal("B\nBee", table.Rows[1].Cells[0]);
    }

    [Fact]
    public void ReadTable_EmptyHeaderBetweenColumns_IsRefused()
    {
        var error = Refused("name,,offers\nA,x,ウェブ\n");

        Assert.Equal((ProfileFileProblem.EmptyHeader, 1, 2), (error.Problem, error.Line, error.Column));
    }

    [Fact]
    public void ReadTable_SameHeaderTwiceHoweverWritten_IsRefused()
    {
        var error = Refused("お名前,できること,ｵ名前\nA,x,y\n");

        Assert.Equal((ProfileFileProblem.DuplicateHeader, 1, 3), (error.Problem, error.Line, error.Column));
        Assert.Equal("attendees.csv の 1 行目 3 列目: 1 列目と 3 列目の見出しがどちらも「ｵ名前」です。どちらかの名前を変えてください。", error.LocalizedMessage(CultureInfo.GetCultureInfo("ja-JP")));
    }

    [Fact]
    public void ReadTable_OneRowMoreThanTheLimit_IsRefusedWhole()
    {
        var text = new StringBuilder("name,offers\n");
        for (var i = 1; i <= 5001; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Person {i},x\n");
        }

        var error = Refused(text.ToString());

        Assert.Equal((ProfileFileProblem.TooManyRows, 5002), (error.Problem, error.Line));
        Assert.Equal("attendees.csv, line 5002: the file lists more than 5,000 people; Goen imports up to 5,000 at a time. Split the file and import each part.", error.LocalizedMessage(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void ReadTable_ExactlyTheLimit_IsRead()
    {
        var table = Table("name\nA\nB\nC\n", maxRows: 3);

        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void ReadTable_UndecodableBytes_AreRefused()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("name,offers\n佐藤,ウェブ\nA,"), 0x80, 0xFF, 0xFE, (byte)'\n'];

        var error = Assert.Throws<ProfileFileException>(() => AttendeeCsv.ReadTable(bytes, "attendees.csv"));

        Assert.Equal((ProfileFileProblem.Undecodable, 3, 2), (error.Problem, error.Line, error.Column));
    }

    [Fact]
    public void ReadTable_ShiftJisFileCutInsideACharacter_SaysWhereAndToDownloadAgain()
    {
        var whole = File.ReadAllBytes(RepoFiles.Sample(Peatix));
        var text = TextFileDecoder.ShiftJis().GetString(whole);
        var cut = text.IndexOf("鈴木", StringComparison.Ordinal);
        byte[] bytes = [.. TextFileDecoder.ShiftJis().GetBytes(text[..cut]), TextFileDecoder.ShiftJis().GetBytes("鈴")[0]];

        var error = Assert.Throws<ProfileFileException>(() => AttendeeCsv.ReadTable(bytes, "peatix.csv"));

        Assert.Equal((ProfileFileProblem.CutOff, CsvLocation.LineOf(text, cut), 4), (error.Problem, error.Line, error.Column));
        Assert.Contains("Shift_JIS", error.LocalizedMessage(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains("もう一度ダウンロード", error.LocalizedMessage(CultureInfo.GetCultureInfo("ja")), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTable_Utf8FileCutInsideACharacter_IsReportedAsCutOff()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("name,offers\n佐藤,ウェブ"), .. Encoding.UTF8.GetBytes("デ")[..2]];

        var error = Assert.Throws<ProfileFileException>(() => AttendeeCsv.ReadTable(bytes, "attendees.csv"));

        Assert.Equal((ProfileFileProblem.CutOff, 2, 2), (error.Problem, error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalizedMessage_NewFileProblems_HaveJapaneseAndEnglishText()
    {
        ProfileFileProblem[] problems = [ProfileFileProblem.TooManyRows, ProfileFileProblem.EmptyHeader, ProfileFileProblem.DuplicateHeader, ProfileFileProblem.CutOff];

        foreach (var problem in problems)
        {
            var error = new ProfileFileException("a.csv", problem, 1, 2, 1, 2, "x");

            Assert.NotEqual(error.LocalizedMessage(CultureInfo.GetCultureInfo("en")), error.LocalizedMessage(CultureInfo.GetCultureInfo("ja")));
        }
    }
}
