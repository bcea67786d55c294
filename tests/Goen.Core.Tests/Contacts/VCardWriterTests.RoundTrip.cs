using System.Globalization;
using System.Text;
using Goen.Core.Contacts;

namespace Goen.Core.Tests.Contacts;

public partial class VCardWriterTests
{
    private static readonly string LongNote =
        "懇親会で隣の席。AI と会計の両方に詳しく、来月の勉強会で登壇をお願いできそう; 連絡は平日の夜、" +
        "メールで（電話は苦手とのこと）。\n紹介したい人: 佐藤さん, 鈴木さん, 田中さん\\バックスラッシュ\n" +
        string.Concat(Enumerable.Repeat("長文のテストです。", 12));

    public static TheoryData<VCardContact> RoundTripContacts { get; } =
    [
        Taro,
        Contact("佐藤 花子", "佐藤", "花子", "サトウ", "ハナコ", "ミナト印刷, 株式会社", "デザイナー; 写真", ["hanako@example.jp", "h.sato@example.com"], ["+81 90-1111-2222", "03-5555-0101"], LongNote),
        Contact("John Doe", "Doe", "John", organization: "Acme; Inc.", note: "line one\nline two, with comma; and semicolon\\"),
        Contact("東海林 司", "東海林", "司", "ショウジ", ""),
        Contact("Aiko"),
    ];

    [Theory]
    [MemberData(nameof(RoundTripContacts))]
    public void Write_ThenRead_GivesTheSameContact(VCardContact contact)
    {
        var text = VCardWriter.Write([contact]);

        var file = VCardReader.Read(Encoding.UTF8.GetBytes(text), CultureInfo.InvariantCulture);

        Assert.Empty(file.Problems);
        Assert.Equal(contact, Assert.Single(file.Contacts));
    }

    [Fact]
    public void Write_ThenRead_KeepsEveryContactInOrder()
    {
        var contacts = RoundTripContacts.Select(row => row.Data).ToList();

        var file = VCardReader.Read(Encoding.UTF8.GetBytes(VCardWriter.Write(contacts)), CultureInfo.InvariantCulture);

        Assert.Equal(contacts, file.Contacts);
    }
}
