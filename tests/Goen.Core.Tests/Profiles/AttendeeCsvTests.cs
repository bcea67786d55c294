using System.Text;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles;

public partial class AttendeeCsvTests
{
    private const string Peatix = "peatix-participants-sjis.csv";
    private const string Connpass = "connpass-participants.csv";
    private const string GoogleForms = "google-forms-responses.csv";

    private static AttendeeTable Sample(string name) => AttendeeCsv.ReadTable(File.ReadAllBytes(RepoFiles.Sample(name)), name);

    private static AttendeeTable Table(string text, int maxRows = AttendeeCsv.DefaultMaxRows) =>
        AttendeeCsv.ReadTable(Encoding.UTF8.GetBytes(text), "attendees.csv", maxRows);

    private static AttendeeImportPreview Preview(AttendeeTable table) =>
        AttendeeCsv.Interpret(table, AttendeeCsv.GuessMapping(table.Headers, AttendeeCsv.Detect(table.Headers)));

    private static AttendeeImportPreview Preview(string text) => Preview(Table(text));

    private static AttendeeField? FieldOf(AttendeeTable table, string header) =>
        AttendeeCsv.GuessMapping(table.Headers, AttendeeCsv.Detect(table.Headers))[table.Headers.ToList().IndexOf(header)];

    [Theory]
    [InlineData(Peatix, AttendeeFileKind.Peatix, "Shift_JIS")]
    [InlineData(Connpass, AttendeeFileKind.Connpass, "UTF-8")]
    [InlineData(GoogleForms, AttendeeFileKind.GoogleForms, "UTF-8 (BOM)")]
    [InlineData("community.csv", AttendeeFileKind.GoenProfiles, "UTF-8")]
    public void Detect_Samples_TellTheirKindAndEncoding(string sample, AttendeeFileKind kind, string encoding)
    {
        var table = Sample(sample);

        var detected = AttendeeCsv.Detect(table.Headers);

        Assert.Equal((kind, encoding), (detected, table.EncodingName));
    }

    [Theory]
    [InlineData("名前,メール,電話\n", AttendeeFileKind.Other)]
    [InlineData("Timestamp,Your name\n", AttendeeFileKind.GoogleForms)]
    [InlineData("参加枠名,ユーザー名,表示名\n", AttendeeFileKind.Connpass)]
    [InlineData("注文番号,参加者名(カナ)\n", AttendeeFileKind.Peatix)]
    [InlineData("name,offers\n", AttendeeFileKind.GoenProfiles)]
    public void Detect_Headers_NameTheKind(string headerLine, AttendeeFileKind kind)
    {
        var headers = headerLine.TrimEnd('\n').Split(',');

        var detected = AttendeeCsv.Detect(headers);

        Assert.Equal(kind, detected);
    }

    [Theory]
    [InlineData(Peatix, 11, 1)]
    [InlineData(Connpass, 10, 1)]
    [InlineData(GoogleForms, 9, 1)]
    public void Interpret_Samples_AcceptMostAndRejectSome(string sample, int accepted, int rejected)
    {
        var preview = Preview(Sample(sample));

        Assert.Equal((accepted, rejected), (preview.Accepted.Count, preview.Rejected.Count));
    }

    [Fact]
    public void ReadTable_ShiftJisPeatixSample_DecodesKanjiAndKanaNames()
    {
        var table = Sample(Peatix);

        var first = table.Rows[0];

        Assert.Equal("Shift_JIS", table.EncodingName);
        Assert.Equal(("佐藤 健", "サトウ ケン"), (first.Cells[3], first.Cells[4]));
        Assert.Equal("参加者名(カナ)", table.Headers[4]);
    }

    [Fact]
    public void Interpret_PeatixSample_ReadsEveryMappedField()
    {
        var preview = Preview(Sample(Peatix));

        var sato = preview.Accepted[0];
        var kim = preview.Accepted.Single(a => a.Profile.Name == "David Kim");
        var rejected = Assert.Single(preview.Rejected);

        Assert.Equal(("id:a-90312251", 2, "ミナト企画株式会社", "代表取締役", "ken.sato@example.jp"), (sato.Key, sato.Line, sato.Profile.Organization, sato.Role, sato.Email));
        Assert.Equal(("Webサイト制作、WordPressの保守", "経理を任せられる税理士さん", "登山, 燻製づくり"), (sato.Profile.Offers, sato.Profile.Needs, sato.Profile.Interests));
        Assert.Equal("サトウ ケン", sato.Profile.Extra["参加者名(カナ)"]);
        Assert.Equal("一般チケット", sato.Profile.Extra["チケット名"]);
        Assert.Equal(AttendeeStatus.Cancelled, kim.Status);
        Assert.Equal((8, AttendeeRowProblem.EmptyName), (rejected.Line, rejected.Problem));
    }

    [Fact]
    public void GuessMapping_PeatixSample_PrefersTheAttendeeIdAndTheWrittenName()
    {
        var table = Sample(Peatix);

        var mapping = AttendeeCsv.GuessMapping(table.Headers, AttendeeFileKind.Peatix);

        Assert.Equal<AttendeeField?>(
            [null, null, AttendeeField.ExternalId, AttendeeField.Name, null, null, null, AttendeeField.Status, null,
             AttendeeField.Organization, AttendeeField.Role, AttendeeField.Offers, AttendeeField.Needs, AttendeeField.Interests, AttendeeField.Email],
            mapping);
    }

    [Fact]
    public void Interpret_ConnpassSample_KeysOnUserNameAndKeepsTheReceptionNumber()
    {
        var preview = Preview(Sample(Connpass));

        var kimura = preview.Accepted[0];
        var statuses = preview.Accepted.ToDictionary(a => a.Profile.Name, a => a.Status);
        var withdrawn = Assert.Single(preview.Rejected);

        Assert.Equal(("木村 健太", "id:kenta_dev", "1", "株式会社ソラテック"), (kimura.Profile.Name, kimura.Key, kimura.ReceptionNumber, kimura.Profile.Organization));
        Assert.Equal("Go, Kubernetes, インフラ設計の相談", kimura.Profile.Offers);
        Assert.Equal("一般枠", kimura.Profile.Extra["参加枠名"]);
        Assert.Equal((AttendeeStatus.Waitlisted, AttendeeStatus.Cancelled, AttendeeStatus.Attending), (statuses["松本 奈々"], statuses["小川 博"], statuses["Tom Harris"]));
        Assert.Equal((AttendeeRowProblem.WithdrawnUser, 7), (withdrawn.Problem, withdrawn.Line));
    }

    [Fact]
    public void GuessMapping_ConnpassSample_LeavesCheckInAndDatesUnmapped()
    {
        var table = Sample(Connpass);

        var mapping = AttendeeCsv.GuessMapping(table.Headers, AttendeeFileKind.Connpass);

        Assert.Equal<AttendeeField?>(
            [null, AttendeeField.ExternalId, AttendeeField.Name, null, null, AttendeeField.Status, null, null,
             AttendeeField.Organization, AttendeeField.Offers, AttendeeField.Needs, AttendeeField.Interests, AttendeeField.ReceptionNumber, null],
            mapping);
    }

    [Fact]
    public void GuessMapping_GoogleFormsSample_MatchesQuestionTexts()
    {
        var table = Sample(GoogleForms);

        var mapping = AttendeeCsv.GuessMapping(table.Headers, AttendeeFileKind.GoogleForms);

        Assert.Equal<AttendeeField?>(
            [AttendeeField.RegisteredAt, AttendeeField.Email, AttendeeField.Name, AttendeeField.Organization, AttendeeField.Role,
             AttendeeField.Offers, AttendeeField.Needs, AttendeeField.Interests, AttendeeField.Languages, null],
            mapping);
    }

    [Fact]
    public void Interpret_GoogleFormsSample_RejectsTheSecondAnswerOfTheSamePerson()
    {
        var preview = Preview(Sample(GoogleForms));

        var duplicate = Assert.Single(preview.Rejected);
        var li = preview.Accepted.Single(a => a.Profile.Name == "李 偉");

        Assert.Equal((AttendeeRowProblem.DuplicatePerson, 8, "4"), (duplicate.Problem, duplicate.Line, duplicate.Detail));
        Assert.Equal(["zh", "ja", "en"], li.Profile.Languages);
        Assert.Equal("はい", li.Profile.Extra["当日の写真撮影・SNS掲載に同意しますか？ / Photo consent"]);
    }

    [Theory]
    [InlineData("お名前を教えてください", AttendeeField.Name)]
    [InlineData("What can you help with?", AttendeeField.Offers)]
    [InlineData("今探していることは？", AttendeeField.Needs)]
    [InlineData("What are you looking for?", AttendeeField.Needs)]
    [InlineData("Company name", AttendeeField.Organization)]
    [InlineData("肩書き", AttendeeField.Role)]
    [InlineData("E-mail", AttendeeField.Email)]
    [InlineData("支払いステータス", AttendeeField.Status)]
    [InlineData("受付番号", AttendeeField.ReceptionNumber)]
    [InlineData("Attendee ID", AttendeeField.ExternalId)]
    [InlineData("チケット名", null)]
    [InlineData("どんなことを話したいかな？", AttendeeField.Interests)]
    [InlineData("メルマガを受け取りますか", null)]
    public void GuessMapping_QuestionText_MapsToTheField(string header, AttendeeField? field)
    {
        string[] headers = ["タイムスタンプ", header];

        var mapping = AttendeeCsv.GuessMapping(headers, AttendeeFileKind.GoogleForms);

        Assert.Equal(field, mapping[1]);
    }

    [Fact]
    public void GuessMapping_KanaNameOnly_IsTakenAsTheName()
    {
        string[] headers = ["注文ID", "参加者名(カナ)", "チケット名"];

        var mapping = AttendeeCsv.GuessMapping(headers, AttendeeFileKind.Peatix);

        Assert.Equal<AttendeeField?>([null, AttendeeField.Name, null], mapping);
    }

    [Fact]
    public void GuessMapping_KanaNameBeforeTheWrittenName_LosesToIt()
    {
        string[] headers = ["フリガナ", "氏名"];

        var mapping = AttendeeCsv.GuessMapping(headers, AttendeeFileKind.Other);

        Assert.Equal<AttendeeField?>([null, AttendeeField.Name], mapping);
    }

    [Fact]
    public void GuessMapping_TwoColumnsForOneField_MapsOnlyTheFirst()
    {
        string[] headers = ["タイムスタンプ", "お名前", "名前（ふりがなではなく漢字で）", "できること", "提供できること"];

        var mapping = AttendeeCsv.GuessMapping(headers, AttendeeFileKind.GoogleForms);

        Assert.Equal<AttendeeField?>([AttendeeField.RegisteredAt, AttendeeField.Name, null, AttendeeField.Offers, null], mapping);
    }

    [Fact]
    public void GuessMapping_UserNameOutsideConnpass_IsNotAnId()
    {
        string[] headers = ["ユーザー名", "表示名"];

        var connpass = AttendeeCsv.GuessMapping(headers, AttendeeFileKind.Connpass);
        var other = AttendeeCsv.GuessMapping(headers, AttendeeFileKind.Other);

        Assert.Equal<AttendeeField?>([AttendeeField.ExternalId, AttendeeField.Name], connpass);
        Assert.DoesNotContain(AttendeeField.ExternalId, other);
    }
}
