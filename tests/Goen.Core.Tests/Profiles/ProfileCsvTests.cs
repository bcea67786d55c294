using System.Globalization;
using System.Text;
using Goen.Core.Profiles;

namespace Goen.Core.Tests.Profiles;

public partial class ProfileCsvTests
{
    private const string Japanese = "名前,所属,できること,探していること,雑談ネタ,言語\n髙橋 美咲,㈱ミナト企画,ﾎｰﾑﾍﾟｰｼﾞ制作,経理の外注先,ゴルフ①,日本語・英語\n";

    private static ProfileFile Parse(string text) => ProfileCsv.Parse(Encoding.UTF8.GetBytes(text), "people.csv");

    private static ProfileFile Parse(byte[] bytes) => ProfileCsv.Parse(bytes, "people.csv");

    [Fact]
    public void Parse_EnglishHeaders_ReadsEveryField()
    {
        var file = Parse("name,organization,offers,needs,interests,languages\nEmma Wilson,Kumo Labs,Catering,A website,\"wine, cats\",en;ja\n");

        var emma = Assert.Single(file.Profiles);
        Assert.Equal(("Emma Wilson", "Kumo Labs", "Catering", "A website", "wine, cats"), (emma.Name, emma.Organization, emma.Offers, emma.Needs, emma.Interests));
        Assert.Equal(["en", "ja"], emma.Languages);
    }

    [Fact]
    public void Parse_JapaneseHeadersInAnyOrder_MapByName()
    {
        var file = Parse("言語,雑談ネタ,名前,探していること,できること,所属\nja,猫,佐藤 健,経理,ホームページ制作,ミナト\n");

        var person = Assert.Single(file.Profiles);
        Assert.Equal(("佐藤 健", "ミナト", "ホームページ制作", "経理", "猫"), (person.Name, person.Organization, person.Offers, person.Needs, person.Interests));
    }

    [Theory]
    [InlineData("UTF-8")]
    [InlineData("UTF-8 (BOM)")]
    [InlineData("Shift_JIS")]
    [InlineData("UTF-16")]
    public void Parse_DetectsTheEncoding(string encodingName)
    {
        var bytes = encodingName switch
        {
            "UTF-8" => Encoding.UTF8.GetBytes(Japanese),
            "UTF-8 (BOM)" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Japanese)],
            "Shift_JIS" => TextFileDecoder.ShiftJis().GetBytes(Japanese),
            _ => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Japanese)],
        };

        var file = Parse(bytes);

        Assert.Equal(encodingName, file.EncodingName);
        var person = Assert.Single(file.Profiles);
        Assert.Equal(("髙橋 美咲", "㈱ミナト企画", "ﾎｰﾑﾍﾟｰｼﾞ制作", "ゴルフ①"), (person.Name, person.Organization, person.Offers, person.Interests));
        Assert.Equal(["ja", "en"], person.Languages);
    }

    [Fact]
    public void Parse_QuotedFieldsWithCommasQuotesAndNewlines_AreKeptWhole()
    {
        var file = Parse("name,offers\n\"Sato, Ken\",\"Web制作\nWordPress \"\"保守\"\"\"\nTanaka,記帳\n");

        Assert.Equal(["Sato, Ken", "Tanaka"], file.Profiles.Select(p => p.Name));
        Assert.Equal("Web制作\nWordPress \"保守\"", file.Profiles[0].Offers);
    }

    [Fact]
    public void Parse_ExtraColumns_AreKeptForTheOrganizer()
    {
        var file = Parse("タイムスタンプ,名前,参加区分\n2026/11/01,佐藤 健,一般\n");

        var person = Assert.Single(file.Profiles);
        Assert.Equal("一般", person.Extra["参加区分"]);
        Assert.Equal("一般", file.Value(0, "参加区分"));
        Assert.Null(file.Value(0, "missing"));
    }

    [Fact]
    public void Parse_BlankRowsAndSurroundingSpaces_AreIgnored()
    {
        var file = Parse("name,offers\n  佐藤 健  , ウェブ \n,\n\nTanaka,記帳\n");

        Assert.Equal(["佐藤 健", "Tanaka"], file.Profiles.Select(p => p.Name));
        Assert.Equal("ウェブ", file.Profiles[0].Offers);
    }

    [Theory]
    [InlineData("Full Name", ProfileField.Name)]
    [InlineData("お名前", ProfileField.Name)]
    [InlineData("できること（提供できること）", ProfileField.Offers)]
    [InlineData("Looking for", ProfileField.Needs)]
    [InlineData("趣味", ProfileField.Interests)]
    [InlineData("ｺﾒﾝﾄ", null)]
    public void FieldOf_KnowsAliases(string header, ProfileField? field)
    {
        Assert.Equal(field, ProfileColumns.FieldOf(header));
    }

    [Fact]
    public void LocalizedMessage_SpeaksJapaneseOrEnglish()
    {
        var error = Assert.Throws<ProfileFileException>(() => Parse("name,offers\n"));

        Assert.Equal("people.csv: the header is there, but no one is listed below it.", error.LocalizedMessage(CultureInfo.GetCultureInfo("en")));
        Assert.StartsWith("people.csv: ", error.LocalizedMessage(CultureInfo.GetCultureInfo("ja-JP")), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StatusColumn_KeepsOnlyThePeopleComing()
    {
        var file = Parse("名前,参加ステータス\n佐藤,参加\n鈴木,参加キャンセル\n田中,補欠\n");

        Assert.Equal(["佐藤"], file.Profiles.Select(p => p.Name));
        Assert.Equal(3, file.Attendees.Count);
    }

    [Fact]
    public void Parse_TabSeparatedFile_IsRead()
    {
        var file = Parse("name\toffers\nSato\tWeb, logos\n");

        Assert.Equal(("Sato", "Web, logos"), (file.Profiles[0].Name, file.Profiles[0].Offers));
    }
}
