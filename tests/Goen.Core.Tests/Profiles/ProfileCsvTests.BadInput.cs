using System.Text;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles;

public partial class ProfileCsvTests
{
    private static ProfileFileException Rejected(string text) => Rejected(Encoding.UTF8.GetBytes(text));

    private static ProfileFileException Rejected(byte[] bytes) => Assert.Throws<ProfileFileException>(() => Parse(bytes));

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    [InlineData("\uFEFF")]
    public void Parse_EmptyFile_IsRejected(string text)
    {
        Assert.Equal(ProfileFileProblem.Empty, Rejected(text).Problem);
    }

    [Fact]
    public void Parse_HeaderOnly_IsRejectedAsHavingNoPeople()
    {
        Assert.Equal(ProfileFileProblem.NoPeople, Rejected("name,offers\n").Problem);
    }

    [Fact]
    public void Parse_NoNameColumn_SaysWhichColumnsWereFound()
    {
        var error = Rejected("会社,できること\nミナト,ウェブ\n");

        Assert.Equal((ProfileFileProblem.MissingNameColumn, 1), (error.Problem, error.Line));
        Assert.Contains("\"会社\", \"できること\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoColumnsForOneField_TakesTheFirstAndKeepsTheOther()
    {
        var file = Parse("name,名前\nA,B\n");

        var person = Assert.Single(file.Profiles);
        Assert.Equal(("A", "B"), (person.Name, person.Extra["名前"]));
    }

    [Fact]
    public void Parse_UnclosedQuote_NamesTheLineAndColumnWhereItOpened()
    {
        var error = Rejected("name,offers,needs\nA,ウェブ,経理\nB,\"ロゴ,名刺\nC,写真,動画\n");

        Assert.Equal((ProfileFileProblem.UnclosedQuote, 3, 2), (error.Problem, error.Line, error.Column));
        Assert.StartsWith("people.csv, line 3, column 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StrayQuote_NamesTheLineAndColumn()
    {
        var error = Rejected("name,offers,needs\nA,ウェブ,経理\nB,ロゴ,名刺の\"デザイン\n");

        Assert.Equal((ProfileFileProblem.StrayQuote, 3, 3), (error.Problem, error.Line, error.Column));
    }

    [Fact]
    public void Parse_BytesThatAreNeitherUtf8NorShiftJis_AreRejectedWithTheirPlace()
    {
        var bytes = Encoding.UTF8.GetBytes("name,offers\nA,ウェブ\nB,X").Concat(new byte[] { 0x80, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();

        var error = Rejected(bytes);

        Assert.Equal((ProfileFileProblem.Undecodable, 3, 2), (error.Problem, error.Line, error.Column));
        Assert.Contains("0x80", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FieldOverTheLimit_LeavesOutThatRowOnly_NamingTheColumn()
    {
        var file = Parse($"name,offers\nA,{new string('あ', ProfileCsv.MaxTextFieldLength + 1)}\nB,ロゴ\n");

        Assert.Equal(["B"], file.Profiles.Select(p => p.Name));
        var row = Assert.Single(file.Rejected);
        Assert.Equal((2, AttendeeRowProblem.FieldTooLong, "offers"), (row.Line, row.Problem, row.Detail));
    }

    [Fact]
    public void Parse_NameOverTheShortLimit_LeavesOutThatRow()
    {
        var file = Parse($"name\n{new string('A', ProfileCsv.MaxShortFieldLength + 1)}\nB\n");

        Assert.Equal(AttendeeRowProblem.FieldTooLong, Assert.Single(file.Rejected).Problem);
        Assert.Equal(["B"], file.Profiles.Select(p => p.Name));
    }

    [Fact]
    public void Parse_UnquotedCommaThatShiftsColumns_IsRejected()
    {
        var error = Rejected("name,offers,needs\nA,ウェブ,経理\nB,東京,大阪,名刺\n");

        Assert.Equal((ProfileFileProblem.TooManyFields, 3), (error.Problem, error.Line));
    }

    [Fact]
    public void Parse_RowWithoutName_IsLeftOut_AndTheOthersAreRead()
    {
        var file = Parse("name,offers\nA,ウェブ\n,ロゴ\nC,写真\n");

        Assert.Equal(["A", "C"], file.Profiles.Select(p => p.Name));
        var row = Assert.Single(file.Rejected);
        Assert.Equal((3, AttendeeRowProblem.EmptyName), (row.Line, row.Problem));
    }

    [Fact]
    public void Parse_EveryRowLeftOut_ReturnsNobody_WithEachReason()
    {
        var file = Parse("name,offers\n,ウェブ\n,ロゴ\n");

        Assert.Empty(file.Profiles);
        Assert.Equal([2, 3], file.Rejected.Select(r => r.Line));
    }

    [Fact]
    public void Read_MissingFile_IsUnreadable()
    {
        var error = Assert.Throws<ProfileFileException>(() => ProfileCsv.Read(Path.Combine(Path.GetTempPath(), "goen-no-such-file.csv")));

        Assert.Equal(ProfileFileProblem.Unreadable, error.Problem);
    }

    [Fact]
    public void Parse_ScriptInText_IsKeptAsPlainText()
    {
        var file = Parse("name,offers\n<script>alert(1)</script>,\"=HYPERLINK(\"\"x\"\")\"\n");

        Assert.Equal("<script>alert(1)</script>", file.Profiles[0].Name);
        Assert.Equal("=HYPERLINK(\"x\")", file.Profiles[0].Offers);
    }
}
