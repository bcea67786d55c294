using System.Text;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles;

public partial class AttendeeCsvTests
{
    private const string PeatixUtf16 = "peatix-participants-utf16.csv";
    private const string LumaGuests = "luma-guests.csv";
    private const string Eventbrite = "eventbrite-attendees.csv";

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

    [Fact]
    public void StatusValues_LumaSample_ListsEveryApprovalStatusWithWhatItBecomes()
    {
        var table = Sample(LumaGuests);

        var values = AttendeeCsv.StatusValues(table, Guess(table));

        Assert.Equal(
            [
                new AttendeeStatusValue("approved", AttendeeStatus.Attending, 3),
                new AttendeeStatusValue("declined", AttendeeStatus.NotAttending, 1),
                new AttendeeStatusValue("pending_approval", AttendeeStatus.Waitlisted, 1),
                new AttendeeStatusValue("waitlist", AttendeeStatus.Waitlisted, 1),
                new AttendeeStatusValue("invited", null, 1),
            ],
            values);
    }

    [Fact]
    public void Interpret_LumaSample_LeavesAnUnknownStatusOutNamingIt()
    {
        var preview = Preview(Sample(LumaGuests));

        var rejected = Assert.Single(preview.Rejected);
        Assert.Equal((8, AttendeeRowProblem.UnknownStatus, "invited"), (rejected.Line, rejected.Problem, rejected.Detail));
        Assert.Equal(
            [AttendeeStatus.Attending, AttendeeStatus.Attending, AttendeeStatus.NotAttending, AttendeeStatus.Waitlisted, AttendeeStatus.Waitlisted, AttendeeStatus.Attending],
            preview.Accepted.Select(a => a.Status));
    }

    [Fact]
    public void Interpret_StatusesChosenByTheOrganizer_WinOverTheReading()
    {
        var table = Sample(LumaGuests);
        var chosen = new Dictionary<string, AttendeeStatus> { ["INVITED"] = AttendeeStatus.Cancelled, ["pending_approval"] = AttendeeStatus.Attending };

        var preview = AttendeeCsv.Interpret(table, Guess(table), chosen);

        Assert.Empty(preview.Rejected);
        Assert.Equal(AttendeeStatus.Cancelled, preview.Accepted.Single(a => a.Email == "mei.lin@example.tw").Status);
        Assert.Equal(AttendeeStatus.Attending, preview.Accepted.Single(a => a.Email == "priya.nair@example.in").Status);
    }

    [Fact]
    public void Interpret_FormAttendanceAnswers_AreNotAllAttending()
    {
        var preview = Preview("タイムスタンプ,お名前,参加表明\n2024/10/11 8:55:06,佐藤 健,参加します\n2024/10/11 9:02:41,鈴木 花,欠席します\n2024/10/12 21:13:05,田中 翔,未定\n2024/10/12 22:40:19,高橋 誠,行けたら行く\n");

        Assert.Equal([AttendeeStatus.Attending, AttendeeStatus.NotAttending, AttendeeStatus.Waitlisted], preview.Accepted.Select(a => a.Status));
        Assert.Equal((AttendeeRowProblem.UnknownStatus, "行けたら行く"), (preview.Rejected[0].Problem, preview.Rejected[0].Detail));
    }

    [Fact]
    public void Interpret_PeatixAwaitingPaymentConfirmation_IsNotAttending()
    {
        var preview = Preview(Sample(PeatixUtf16));

        var awaiting = preview.Accepted.Single(a => a.Profile.Name == "小林 由美");
        Assert.Equal(AttendeeStatus.Waitlisted, awaiting.Status);
    }

    [Fact]
    public void Interpret_PeatixMultiTicketOrder_KeepsBothAttendeesByTicketNumber()
    {
        var preview = Preview(Sample(PeatixUtf16));

        var order = preview.Accepted.Where(a => a.Profile.Extra.GetValueOrDefault("注文番号") == "P-51022015").ToList();
        Assert.Equal(["id:t-7700114", "id:t-7700115"], order.Select(a => a.Key));
        Assert.Equal(["伊藤 誠", "木村 翔"], order.Select(a => a.Profile.Name));
        Assert.DoesNotContain(preview.Rejected, r => r.Problem == AttendeeRowProblem.DuplicatePerson);
    }

    [Theory]
    [InlineData("注文番号,名前,メールアドレス\nP-1,佐藤 健,ken@example.jp\nP-1,鈴木 花,hana@example.jp\n", "email:ken@example.jp", "email:hana@example.jp")]
    [InlineData("Order #,Full name\n1098,Ann Lee\n1098,Bo Chen\n", "name:ann lee", "name:bo chen")]
    public void Interpret_OrderWithoutAttendeeId_KeysEachPersonByEmailElseName(string text, string first, string second)
    {
        var preview = Preview(text);

        Assert.Equal([first, second], preview.Accepted.Select(a => a.Key));
    }

    [Fact]
    public void Interpret_EventbriteSample_JoinsFirstAndLastNamesInTheLanguagesOrder()
    {
        var preview = Preview(Sample(Eventbrite));

        Assert.Empty(preview.Rejected);
        Assert.Equal(["Emily Carter", "Daniel Carter", "山田 花子", "Sofía García"], preview.Accepted.Select(a => a.Profile.Name));
        Assert.Equal(["id:13381275501", "id:13381275503"], preview.Accepted.Take(2).Select(a => a.Key));
        Assert.Equal([AttendeeStatus.Attending, AttendeeStatus.Attending, AttendeeStatus.Attending, AttendeeStatus.NotAttending], preview.Accepted.Select(a => a.Status));
        Assert.Equal(("Founder", "Northwind Labs"), (preview.Accepted[0].Role, preview.Accepted[0].Profile.Organization));
    }

    [Fact]
    public void Interpret_FormWithFamilyAndGivenNameColumns_JoinsThemFamilyFirstInJapanese()
    {
        var preview = Preview("タイムスタンプ,姓,名,メールアドレス\n2024/10/11 8:55:06,山田,花子,hanako@example.jp\n2024/10/11 9:10:12,Smith,John,john@example.com\n2024/10/11 9:12:40,,翔,sho@example.jp\n");

        Assert.Equal(["山田 花子", "John Smith", "翔"], preview.Accepted.Select(a => a.Profile.Name));
    }

    [Fact]
    public void Interpret_LumaSample_TakesTheFullNameAndFallsBackToTheParts()
    {
        var table = Table("api_id,name,first_name,last_name,email\ngst-1,Emily Carter,Em,Carter,emily@example.com\ngst-2,,Yuki,Tanaka,yuki@example.jp\ngst-3,,,,nobody@example.com\n");

        var preview = AttendeeCsv.Interpret(table, Guess(table));

        Assert.Equal(["Emily Carter", "Yuki Tanaka"], preview.Accepted.Select(a => a.Profile.Name));
        Assert.Equal((4, AttendeeRowProblem.EmptyName, "name"), (preview.Rejected[0].Line, preview.Rejected[0].Problem, preview.Rejected[0].Detail));
    }

    [Fact]
    public void MappingProblems_FamilyAndGivenNameWithoutAFullName_IsUsable()
    {
        string[] headers = ["First Name", "Last Name", "Email"];

        var mapping = AttendeeCsv.GuessMapping(headers, AttendeeFileKind.Other);

        Assert.Equal<AttendeeField?>([AttendeeField.GivenName, AttendeeField.FamilyName, AttendeeField.Email], mapping);
        Assert.Empty(AttendeeCsv.MappingProblems(headers, mapping));
    }

    [Theory]
    [InlineData(PeatixUtf16, AttendeeFileKind.Peatix, "UTF-16")]
    [InlineData(LumaGuests, AttendeeFileKind.Luma, "UTF-8 (BOM)")]
    [InlineData(Eventbrite, AttendeeFileKind.Eventbrite, "UTF-8 (BOM)")]
    public void Detect_PlatformSamples_TellTheirKindAndEncoding(string sample, AttendeeFileKind kind, string encoding)
    {
        var table = Sample(sample);

        var detected = AttendeeCsv.Detect(table.Headers);

        Assert.Equal((kind, encoding), (detected, table.EncodingName));
    }

    [Fact]
    public void GuessMapping_PeatixConvenienceStorePaymentNumber_IsNotTheReceptionNumber()
    {
        var table = Sample(PeatixUtf16);

        var preview = Preview(table);

        Assert.Null(FieldOf(table, "コンビニ受付番号"));
        var payer = preview.Accepted.Single(a => a.Profile.Name == "小林 由美");
        Assert.Equal(("", "8840-2291-5530"), (payer.ReceptionNumber, payer.Profile.Extra["コンビニ受付番号"]));
    }

    [Fact]
    public void GuessMapping_PeatixUtf16Sample_MapsTheFormQuestionsAndTheTicketNumber()
    {
        var table = Sample(PeatixUtf16);

        Assert.Equal(
            (AttendeeField.Name, AttendeeField.ExternalId, AttendeeField.Status, AttendeeField.Email, AttendeeField.Organization, AttendeeField.Offers, AttendeeField.Needs),
            (FieldOf(table, "名前"), FieldOf(table, "チケット番号"), FieldOf(table, "ステータス"), FieldOf(table, "メールアドレス | Your email address"),
                FieldOf(table, "会社名 | Company"), FieldOf(table, "できること | What can you offer?"), FieldOf(table, "探していること | What are you looking for?")));
        Assert.Null(FieldOf(table, "注文番号"));
    }

    [Theory]
    [InlineData("Marca temporal", "Nombre", "Correo electrónico")]
    [InlineData("Timestamp", "Full name", "Email address")]
    [InlineData("Marca temporal", "Nombre completo", "Correo")]
    public void GuessMapping_SpanishAndEnglishNameHeaders_AreTheName(string first, string name, string email)
    {
        string[] headers = [first, name, email];

        var mapping = AttendeeCsv.GuessMapping(headers, AttendeeCsv.Detect(headers));

        Assert.Equal(AttendeeFileKind.GoogleForms, AttendeeCsv.Detect(headers));
        Assert.Equal<AttendeeField?>([AttendeeField.RegisteredAt, AttendeeField.Name, AttendeeField.Email], mapping);
    }

    [Fact]
    public void GuessMapping_LumaSample_TakesTheFullNameTheGuestIdAndTheApprovalStatus()
    {
        var table = Sample(LumaGuests);

        Assert.Equal(
            (AttendeeField.ExternalId, AttendeeField.Name, AttendeeField.GivenName, AttendeeField.FamilyName, AttendeeField.Status, AttendeeField.Organization),
            (FieldOf(table, "api_id"), FieldOf(table, "name"), FieldOf(table, "first_name"), FieldOf(table, "last_name"), FieldOf(table, "approval_status"), FieldOf(table, "Company")));
        Assert.Null(FieldOf(table, "checked_in_at"));
    }

    private static IReadOnlyList<AttendeeField?> Guess(AttendeeTable table) => AttendeeCsv.GuessMapping(table.Headers, AttendeeCsv.Detect(table.Headers));
}
