using Goen.Data.Mail;

namespace Goen.Web.Tests.Mail;

/// <summary>Mails for the tests, one in Japanese with characters outside the BMP and a link, as introductions write them.</summary>
internal static class MailDrafts
{
    public const string JapaneseBody = "山田 花子 さん\n\n佐藤 健さん（𠮷野家の近くで働いています）をご紹介します。🌸\nhttps://goen.example.org/Introductions/42\n\n— ご縁";

    public static MailMessageDraft Japanese() =>
        new("introduction.ask", "hanako@example.jp", "山田 花子", "ja", "ご紹介：佐藤 健さん", JapaneseBody);

    public static MailMessageDraft English(int number) =>
        new("test", $"person{number}@example.org", $"Person {number}", "en", $"Mail {number}", $"Hello, person {number}.");
}
