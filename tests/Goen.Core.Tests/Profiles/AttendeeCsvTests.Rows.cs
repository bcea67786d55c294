using System.Globalization;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles;

public partial class AttendeeCsvTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    [Theory]
    [InlineData("参加", AttendeeStatus.Attending)]
    [InlineData("補欠", AttendeeStatus.Waitlisted)]
    [InlineData("参加キャンセル", AttendeeStatus.Cancelled)]
    [InlineData("支払い済み", AttendeeStatus.Attending)]
    [InlineData("無料", AttendeeStatus.Attending)]
    [InlineData("支払い待ち", AttendeeStatus.Attending)]
    [InlineData("期限切れ", AttendeeStatus.Cancelled)]
    [InlineData("キャンセル済み", AttendeeStatus.Cancelled)]
    [InlineData("ｷｬﾝｾﾙ済み", AttendeeStatus.Cancelled)]
    [InlineData("キャンセル待ち", AttendeeStatus.Waitlisted)]
    [InlineData("Cancelled", AttendeeStatus.Cancelled)]
    [InlineData("canceled", AttendeeStatus.Cancelled)]
    [InlineData("Waitlist", AttendeeStatus.Waitlisted)]
    [InlineData("On the waiting list", AttendeeStatus.Waitlisted)]
    [InlineData("Registered", AttendeeStatus.Attending)]
    [InlineData("", AttendeeStatus.Attending)]
    [InlineData("キャンセル", AttendeeStatus.Cancelled)]
    [InlineData("欠席", AttendeeStatus.NotAttending)]
    [InlineData("欠席します", AttendeeStatus.NotAttending)]
    [InlineData("不参加", AttendeeStatus.NotAttending)]
    [InlineData("参加します", AttendeeStatus.Attending)]
    [InlineData("出席", AttendeeStatus.Attending)]
    [InlineData("未定", AttendeeStatus.Waitlisted)]
    [InlineData("支払確認中", AttendeeStatus.Waitlisted)]
    [InlineData("declined", AttendeeStatus.NotAttending)]
    [InlineData("pending_approval", AttendeeStatus.Waitlisted)]
    [InlineData("approved", AttendeeStatus.Attending)]
    [InlineData("waitlist", AttendeeStatus.Waitlisted)]
    [InlineData("not attending", AttendeeStatus.NotAttending)]
    [InlineData("Not Attending", AttendeeStatus.NotAttending)]
    [InlineData("Attending", AttendeeStatus.Attending)]
    [InlineData("Checked In", AttendeeStatus.Attending)]
    [InlineData("checked in", AttendeeStatus.Attending)]
    [InlineData("Refunded", AttendeeStatus.Cancelled)]
    public void ParseStatus_PlatformWords_AreUnderstood(string text, AttendeeStatus status)
    {
        Assert.Equal(status, AttendeeCsv.ParseStatus(text));
    }

    [Theory]
    [InlineData("invited")]
    [InlineData("Transferred")]
    [InlineData("たぶん行く")]
    public void ParseStatus_UnknownWord_IsNotAttending(string text)
    {
        Assert.Null(AttendeeCsv.ParseStatus(text));
    }

    [Theory]
    [InlineData("user id,name\nＴＡＮＡＫＡ,田中\n", "user id,name\ntanaka,田中 太郎\n")]
    [InlineData("email,name\nTanaka@Example.JP,田中\n", "email,name\nｔａｎａｋａ@example.jp,Taro\n")]
    [InlineData("name,offers\nＴＡＮＡＫＡ　Taro,x\n", "name,offers\n tanaka  taro ,y\n")]
    public void Interpret_SamePersonWrittenDifferently_GetsTheSameKey(string first, string second)
    {
        var a = Assert.Single(Preview(first).Accepted);
        var b = Assert.Single(Preview(second).Accepted);

        Assert.Equal(a.Key, b.Key);
    }

    [Fact]
    public void Interpret_Key_PrefersIdThenEmailThenName()
    {
        var preview = Preview("名前,メールアドレス,参加者ID\n佐藤,sato@example.jp,A-1\n鈴木,suzuki@example.jp,\n田中,,\n");

        Assert.Equal(["id:a-1", "email:suzuki@example.jp", "name:田中"], preview.Accepted.Select(a => a.Key));
    }

    [Fact]
    public void Interpret_SameKeyTwice_RejectsTheLaterRowNamingTheEarlierLine()
    {
        var preview = Preview("name,email\nSato,sato@example.jp\nSuzuki,suzuki@example.jp\nKen Sato,SATO@example.jp\n");

        var duplicate = Assert.Single(preview.Rejected);
        Assert.Equal((4, AttendeeRowProblem.DuplicatePerson, "2"), (duplicate.Line, duplicate.Problem, duplicate.Detail));
        Assert.Equal(["Sato", "Suzuki"], preview.Accepted.Select(a => a.Profile.Name));
    }

    [Theory]
    [InlineData("name,email\n,a@example.jp\nTanaka,t@example.jp\n", AttendeeRowProblem.EmptyName, "name")]
    [InlineData("name,email\nSato,sato.example.jp\nTanaka,t@example.jp\n", AttendeeRowProblem.InvalidEmail, "sato.example.jp")]
    [InlineData("name,email\nSato,@example.jp\nTanaka,t@example.jp\n", AttendeeRowProblem.InvalidEmail, "@example.jp")]
    [InlineData("name,email\nSato,sato@\nTanaka,t@example.jp\n", AttendeeRowProblem.InvalidEmail, "sato@")]
    [InlineData("name,email\nSato,sato@@example.jp\nTanaka,t@example.jp\n", AttendeeRowProblem.InvalidEmail, "sato@@example.jp")]
    [InlineData("name,email\nSato,\"sa to@example.jp\"\nTanaka,t@example.jp\n", AttendeeRowProblem.InvalidEmail, "sa to@example.jp")]
    [InlineData("参加枠名,ユーザー名,表示名,参加ステータス\n一般枠,(退会ユーザー),(退会ユーザー),参加\n一般枠,tanaka,田中,参加\n", AttendeeRowProblem.WithdrawnUser, "(退会ユーザー)")]
    [InlineData("参加枠名,ユーザー名,表示名,参加ステータス\n一般枠,（退会ユーザー）,,参加\n一般枠,tanaka,田中,参加\n", AttendeeRowProblem.WithdrawnUser, "（退会ユーザー）")]
    public void Interpret_BadRow_IsRejectedAndTheOthersKept(string text, AttendeeRowProblem problem, string detail)
    {
        var preview = Preview(text);

        var rejected = Assert.Single(preview.Rejected);
        var kept = Assert.Single(preview.Accepted);
        Assert.Equal((2, problem, detail), (rejected.Line, rejected.Problem, rejected.Detail));
        Assert.Equal(3, kept.Line);
    }

    [Theory]
    [InlineData("organization", ProfileCsv.MaxShortFieldLength)]
    [InlineData("role", ProfileCsv.MaxShortFieldLength)]
    [InlineData("status", ProfileCsv.MaxShortFieldLength)]
    [InlineData("受付番号", ProfileCsv.MaxShortFieldLength)]
    [InlineData("offers", ProfileCsv.MaxTextFieldLength)]
    [InlineData("survey answer", ProfileCsv.MaxTextFieldLength)]
    public void Interpret_CellOverItsLimit_IsRejectedAtTheLimitNotBelow(string column, int limit)
    {
        var table = Table($"name,{column}\nSato,{new string('a', limit)}\nSuzuki,{new string('a', limit + 1)}\n");
        var fillerIsAttending = new Dictionary<string, AttendeeStatus> { [new string('a', limit)] = AttendeeStatus.Attending };

        var preview = AttendeeCsv.Interpret(table, Guess(table), fillerIsAttending);

        var rejected = Assert.Single(preview.Rejected);
        Assert.Equal((3, AttendeeRowProblem.FieldTooLong, column), (rejected.Line, rejected.Problem, rejected.Detail));
        Assert.Equal("Sato", Assert.Single(preview.Accepted).Profile.Name);
    }

    [Fact]
    public void Interpret_NameOverTheShortLimit_IsRejected()
    {
        var text = $"name\n{new string('あ', ProfileCsv.MaxShortFieldLength)}\n{new string('い', ProfileCsv.MaxShortFieldLength + 1)}\n";

        var preview = Preview(text);

        Assert.Equal((3, AttendeeRowProblem.FieldTooLong, "name"), (preview.Rejected[0].Line, preview.Rejected[0].Problem, preview.Rejected[0].Detail));
        Assert.Single(preview.Accepted);
    }

    [Fact]
    public void Interpret_LongEmail_IsRejectedAsTooLong()
    {
        var preview = Preview($"name,email\nSato,{new string('a', 200)}@example.jp\n");

        Assert.Equal(AttendeeRowProblem.FieldTooLong, Assert.Single(preview.Rejected).Problem);
    }

    [Fact]
    public void Interpret_UnmappedColumns_AreKeptInExtraWithoutEmptyOnes()
    {
        var table = Table("name,参加区分,備考\nSato,一般,\n");

        var sato = Assert.Single(Preview(table).Accepted);

        Assert.Equal(new Dictionary<string, string> { ["参加区分"] = "一般" }, sato.Profile.Extra);
    }

    [Fact]
    public void Interpret_UserMapping_OverridesTheGuess()
    {
        var table = Table("Q1,Q2,Q3\n佐藤,Web制作,ja/en\n");

        var sato = Assert.Single(AttendeeCsv.Interpret(table, [AttendeeField.Name, AttendeeField.Offers, AttendeeField.Languages]).Accepted);

        Assert.Equal(("佐藤", "Web制作"), (sato.Profile.Name, sato.Profile.Offers));
        Assert.Equal(["ja", "en"], sato.Profile.Languages);
        Assert.Empty(sato.Profile.Extra);
    }

    [Fact]
    public void Interpret_MappingWithoutName_Throws()
    {
        var table = Table("a,b\n1,2\n");

        Assert.Throws<ArgumentException>(() => AttendeeCsv.Interpret(table, [AttendeeField.Offers, null]));
    }

    [Fact]
    public void Interpret_FieldMappedTwice_Throws()
    {
        var table = Table("a,b\n1,2\n");

        Assert.Throws<ArgumentException>(() => AttendeeCsv.Interpret(table, [AttendeeField.Name, AttendeeField.Name]));
    }

    [Fact]
    public void Interpret_MappingOfTheWrongLength_Throws()
    {
        var table = Table("a,b\n1,2\n");

        Assert.Throws<ArgumentException>(() => AttendeeCsv.Interpret(table, [AttendeeField.Name]));
    }

    [Fact]
    public void MappingProblems_UsableMapping_IsEmpty()
    {
        Assert.Empty(AttendeeCsv.MappingProblems(["a", "b"], [AttendeeField.Name, null]));
    }

    [Fact]
    public void MappingProblems_NoNameAndAFieldTwice_SaysBothInJapaneseAndEnglish()
    {
        string[] headers = ["所属", "会社名", "メモ"];

        var problems = AttendeeCsv.MappingProblems(headers, [AttendeeField.Organization, AttendeeField.Organization, null]);

        Assert.Equal([AttendeeMappingProblemKind.NoName, AttendeeMappingProblemKind.FieldMappedTwice], problems.Select(p => p.Kind));
        Assert.Equal([0, 1], problems[1].Columns);
        Assert.Equal("名前の列を選んでください。", problems[0].LocalizedMessage(Japanese, headers));
        Assert.Equal("「所属」、「会社名」がどれも「所属」になっています。どれか 1 つにしてください。", problems[1].LocalizedMessage(Japanese, headers));
        Assert.Equal("columns \"所属\", \"会社名\" are all set to the same field, organization; choose one of them.", problems[1].LocalizedMessage(English, headers));
    }

    [Theory]
    [InlineData(AttendeeRowProblem.EmptyName, "表示名", "Line 5: the name (表示名) is empty.", "5 行目: 名前（表示名）が空です。")]
    [InlineData(AttendeeRowProblem.DuplicatePerson, "3", "Line 5: the same person as line 3; only the first is imported.", "5 行目: 3 行目と同じ人です。最初の行だけを取り込みます。")]
    [InlineData(AttendeeRowProblem.WithdrawnUser, "(退会ユーザー)", "Line 5: the account has been deleted ((退会ユーザー)), so there is no one to invite.", "5 行目: 退会したアカウントです（(退会ユーザー)）。招待できる人がいません。")]
    public void LocalizedMessage_RejectedRow_SpeaksJapaneseOrEnglish(AttendeeRowProblem problem, string detail, string english, string japanese)
    {
        var row = new RejectedAttendeeRow(5, problem, detail);

        Assert.Equal((english, japanese), (row.LocalizedMessage(English), row.LocalizedMessage(Japanese)));
    }

    [Fact]
    public void LocalizedMessage_EveryRowProblem_HasTextInBothLanguagesNamingTheDetail()
    {
        var rows = Enum.GetValues<AttendeeRowProblem>().Select(p => new RejectedAttendeeRow(2, p, "Q9Z"));

        foreach (var row in rows)
        {
            var english = row.LocalizedMessage(English);
            var japanese = row.LocalizedMessage(Japanese);

            Assert.StartsWith("Line 2: ", english, StringComparison.Ordinal);
            Assert.StartsWith("2 行目: ", japanese, StringComparison.Ordinal);
            Assert.Contains("Q9Z", english, StringComparison.Ordinal);
            Assert.Contains("Q9Z", japanese, StringComparison.Ordinal);
            Assert.NotEqual(english, japanese);
        }
    }

    [Fact]
    public void FieldName_EveryField_HasDistinctJapaneseAndEnglishNames()
    {
        var fields = Enum.GetValues<AttendeeField>();

        var english = fields.Select(f => AttendeeCsv.FieldName(f, English)).Distinct().Count();
        var japanese = fields.Select(f => AttendeeCsv.FieldName(f, Japanese)).Distinct().Count();

        Assert.Equal((fields.Length, fields.Length), (english, japanese));
        Assert.Equal(("探していること", "needs (looking for)"), (AttendeeCsv.FieldName(AttendeeField.Needs, Japanese), AttendeeCsv.FieldName(AttendeeField.Needs, English)));
    }
}
