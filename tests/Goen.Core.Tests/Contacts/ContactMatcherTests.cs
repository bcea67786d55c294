using Goen.Core.Contacts;

namespace Goen.Core.Tests.Contacts;

public class ContactMatcherTests
{
    private static ContactIdentity Person(string name, string organization = "", string[]? emails = null, string[]? phones = null) =>
        new(name, organization, emails ?? [], phones ?? []);

    public static TheoryData<string, ContactIdentity, ContactIdentity, bool> Pairs { get; } = new()
    {
        { "same e-mail, other case and spaces", Person("A", emails: ["Taro@Example.com"]), Person("B", emails: [" taro@example.COM "]), true },
        { "full-width e-mail", Person("A", emails: ["taro@example.com"]), Person("B", emails: ["ＴＡＲＯ＠example.com"]), true },
        { "different e-mails", Person("A", emails: ["taro@example.com"]), Person("B", emails: ["jiro@example.com"]), false },
        { "+81 and domestic mobile", Person("A", phones: ["+81 90-1234-5678"]), Person("B", phones: ["090 1234 5678"]), true },
        { "+81 (0) and domestic", Person("A", phones: ["+81 (0)3-1234-5678"]), Person("B", phones: ["03-1234-5678"]), true },
        { "full-width digits", Person("A", phones: ["０９０（１２３４）５６７８"]), Person("B", phones: ["09012345678"]), true },
        { "different numbers", Person("A", phones: ["090-1234-5678"]), Person("B", phones: ["090-1234-5679"]), false },
        { "short numbers never match", Person("A", phones: ["110"]), Person("B", phones: ["1-1-0"]), false },
        { "six digits never match", Person("A", phones: ["123-456"]), Person("B", phones: ["123456"]), false },
        { "same name, both organizations empty", Person("Aiko Tanaka"), Person("aiko tanaka"), true },
        { "same name, same organization", Person("山田太郎", "ゴエン"), Person("山田 太郎", "ｺﾞｴﾝ"), true },
        { "same name, different organization", Person("山田太郎", "ゴエン"), Person("山田太郎", "ミナト印刷"), false },
        { "same name, one organization empty", Person("山田太郎", "ゴエン"), Person("山田太郎"), false },
        { "ideographic space", Person("山田　太郎"), Person("山田太郎"), true },
        { "full-width latin name", Person("ＪＯＨＮ　ＤＯＥ"), Person("john doe"), true },
        { "kana is not kanji", Person("山田太郎"), Person("ヤマダタロウ"), false },
        { "empty names never match", Person(""), Person(" "), false },
        { "different names", Person("山田太郎"), Person("山田次郎"), false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void FindMatch_Pair_MatchesAsTheRulesSay(string why, ContactIdentity existing, ContactIdentity incoming, bool matches)
    {
        var match = ContactMatcher.FindMatch([existing], incoming);

        Assert.True(matches == (match == 0), why);
    }

    [Fact]
    public void FindMatch_EmailBeatsAnEarlierPhoneOrNameMatch()
    {
        ContactIdentity[] existing =
        [
            Person("山田太郎", phones: ["090-1234-5678"]),
            Person("Other", emails: ["taro@example.com"]),
        ];

        var match = ContactMatcher.FindMatch(existing, Person("山田太郎", emails: ["taro@example.com"], phones: ["090-1234-5678"]));

        Assert.Equal(1, match);
    }

    [Fact]
    public void FindMatch_PhoneBeatsAnEarlierNameMatch()
    {
        ContactIdentity[] existing = [Person("山田太郎"), Person("Yamada T.", phones: ["+81 90 1234 5678"])];

        var match = ContactMatcher.FindMatch(existing, Person("山田太郎", phones: ["090-1234-5678"]));

        Assert.Equal(1, match);
    }

    [Fact]
    public void FindMatch_NoneKnown_ReturnsNull()
    {
        var match = ContactMatcher.FindMatch([], Person("山田太郎"));

        Assert.Null(match);
    }

    [Theory]
    [InlineData("+81 90-1234-5678", "09012345678")]
    [InlineData("090 1234 5678", "09012345678")]
    [InlineData("+81 (0)3-1234-5678", "0312345678")]
    [InlineData("+1 (555) 010-0199", "15550100199")]
    [InlineData("tel:+81-3-5555-7777", "0355557777")]
    [InlineData("", "")]
    public void NormalizePhone_Number_KeepsDigitsWithJapanAsZero(string phone, string expected)
    {
        var normalized = ContactMatcher.NormalizePhone(phone);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("山田 太郎", "山田太郎")]
    [InlineData("山田　太郎", "山田太郎")]
    [InlineData("ＴＡＲＯ＠Example.com", "taro@example.com")]
    [InlineData("ｺﾞｴﾝ", "ゴエン")]
    [InlineData("  Aiko\tTanaka \n", "aikotanaka")]
    public void FoldName_Text_FoldsWidthCaseAndWhiteSpace(string text, string expected)
    {
        var folded = ContactMatcher.FoldName(text);

        Assert.Equal(expected, folded);
    }
}
