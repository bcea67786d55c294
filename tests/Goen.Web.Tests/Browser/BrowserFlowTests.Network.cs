using Goen.Web.Tests.Browser.Pages;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// My network on a phone: log a conversation from the attendee list in one tap, see whom to introduce and
/// why, plan a 1on1 as a calendar file, and take the contacts out as a .vcf and back in without duplicates.
/// </summary>
public sealed partial class BrowserFlowTests
{
    private const string Helper = "Web Maker";
    private const string HelperOffers = "ホームページ制作, WordPress";
    private const string CafeOwner = "Cafe Owner";

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task NetworkFlow_LogTalkFromTheAttendeeList_SuggestsWhoCanHelpAndRoundTripsTheContacts(string locale)
    {
        var words = NetworkWords.For(locale);
        await using var helper = await browser.OpenAsync("network-helper", locale);
        await using var cafeOwner = await browser.OpenAsync("network-cafe-owner", locale);
        await using var giver = await browser.OpenAsync("network-giver", locale);
        var profile = await (await helper.OpenSignUpAsync()).SignUpAsync(Helper, helper.Email, helper.Password);
        await profile.SaveProfileAsync(HelperOffers, "", "", "SameEvents");
        var details = await (await (await profile.GoToEventsAsync()).NewEventAsync())
            .CreateEventAsync(words.EventTitle, EventDate, new TimeOnly(19, 0), "渋谷", "", "交流会");
        var registration = await details.RegistrationLinkAsync();
        await RegisterThroughTheLinkAsync(cafeOwner, registration, CafeOwner);
        await cafeOwner.SeeAsync("registered");
        var attendees = await RegisterThroughTheLinkAsync(giver, registration, words.Giver);
        await giver.SeeAsync("attendees");

        var log = await attendees.LogTalkWithAsync(CafeOwner);
        await giver.SeeAsync("log-talk");
        Assert.Equal(CafeOwner, await log.PersonAsync());
        Assert.False(await log.AsksForNameAsync());
        Assert.EndsWith(words.EventTitle, await log.EventAsync(), StringComparison.Ordinal);
        var contact = await log.LogAsync(words.CafeNeed, words.TalkedAbout);
        await giver.SeeAsync("contact-logged");

        Assert.Equal(words.Logged, await contact.LoggedNoticeAsync());
        Assert.Equal(CafeOwner, await contact.ContactNameAsync());
        Assert.False(await contact.ShowsTheirProfileAsync());
        var (helperName, because) = Assert.Single(await contact.HelpersAsync());
        Assert.Equal(Helper, helperName);
        Assert.StartsWith(words.BecauseHelperOffers, because, StringComparison.Ordinal);
        Assert.Contains(words.BecauseFitsCafeOwner, because, StringComparison.Ordinal);
        Assert.Contains("ホームページ", because, StringComparison.Ordinal);

        var (ics, icsName) = await contact.DownloadMeetingAsync(new DateTime(2026, 12, 15, 10, 0, 0, DateTimeKind.Unspecified), 30);
        await giver.SeeAsync("meeting-planned");
        Assert.EndsWith(".ics", icsName, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Asia/Tokyo:20261215T100000", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Asia/Tokyo:20261215T103000", ics, StringComparison.Ordinal);
        Assert.Contains(CafeOwner, ics, StringComparison.Ordinal);

        var network = await contact.GoToNetworkAsync();
        await giver.SeeAsync("network");
        Assert.Equal([CafeOwner], await network.ContactNamesAsync());
        var (vcf, vcfName) = await network.ExportContactsAsync();
        Assert.EndsWith(".vcf", vcfName, StringComparison.Ordinal);
        Assert.Contains("FN:Cafe Owner", await File.ReadAllTextAsync(vcf), StringComparison.Ordinal);

        var import = await (await network.ImportContactsAsync()).UploadAsync(vcf);
        await giver.SeeAsync("reimport-preview");
        Assert.Equal(words.NewContacts(0), await import.NewHeadingAsync());
        Assert.Equal(words.MergedContacts(1), await import.MergedHeadingAsync());
        Assert.StartsWith(CafeOwner, Assert.Single(await import.MergedAsync()), StringComparison.Ordinal);
        Assert.Equal(words.Imported(0, 1), await import.ConfirmAsync());
        await giver.SeeAsync("reimport-done");
        network = await import.GoToNetworkAsync();
        await giver.SeeAsync("network-after-reimport");
        Assert.Equal([CafeOwner], await network.ContactNamesAsync());
        Assert.Empty(giver.BlockedByContentSecurityPolicy);
        Assert.Empty(giver.SidewaysScrolling);
    }

    /// <summary>Signs someone up from an event's registration link and registers them; the attendee list opens.</summary>
    private static async Task<AttendeesPage> RegisterThroughTheLinkAsync(BrowserSession session, Uri link, string name)
    {
        var register = await session.OpenRegistrationAsync(link);
        var signUp = await register.GoToSignUpAsync();
        register = await signUp.SignUpToRegisterAsync(name, session.Email, session.Password);
        return await register.RegisterAsync();
    }

    /// <summary>What the network pages say in each language, copied from UiText.resx and UiText.ja.resx.</summary>
    private sealed record NetworkWords(
        string EventTitle,
        string Giver,
        string CafeNeed,
        string TalkedAbout,
        string Logged,
        string BecauseHelperOffers,
        string BecauseFitsCafeOwner,
        Func<int, string> NewContacts,
        Func<int, string> MergedContacts,
        Func<int, int, string> Imported,
        string Thanks)
    {
        public static NetworkWords Japanese { get; } = new(
            "カフェ開業交流会", "山田 花子", "カフェのホームページを作りたい", "開店の準備と珈琲豆", "ネットワークに保存しました。",
            $"{Helper}さんの「", $"{CafeOwner}さんの探している「",
            n => $"新しい連絡先（{n}件）", n => $"すでにいる連絡先にまとめる（{n}件）", (n, m) => $"読み込みました：新規{n}件、統合{m}件。", "素敵なご縁をありがとうございました！");

        public static NetworkWords English { get; } = new(
            "Cafe founders mixer", "Alex Morgan", "a new website for my cafe", "getting the cafe ready to open", "Saved to your network.",
            $"{Helper} offers “", $"which fits what {CafeOwner} is looking for: “",
            n => $"New contacts ({n})", n => $"Merged into contacts you have ({n})", (n, m) => $"Imported: {n} new, {m} merged.", "Thank you for a lovely introduction!");

        public static NetworkWords For(string locale) => locale.StartsWith("ja", StringComparison.Ordinal) ? Japanese : English;
    }
}
