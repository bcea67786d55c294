namespace Goen.Web.Tests.Browser;

/// <summary>On a 360 px phone no page of the flow (events, then my network), error states included, is wider than the screen.</summary>
public sealed partial class BrowserFlowTests
{
    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task EveryPageOfTheFlow_OnA360PxPhone_DoesNotScrollSideways(string locale)
    {
        await using var session = await browser.OpenAsync("width", locale);

        var home = await session.OpenHomeAsync();
        await session.SeeAsync("home");
        var signIn = await home.GoToSignInAsync();
        await session.SeeAsync("sign-in");
        var signUp = await signIn.GoToSignUpAsync();
        await session.SeeAsync("sign-up");
        await signUp.SignUpRefusedAsync("", session.Email, "short");
        await session.SeeAsync("sign-up-refused");
        var profile = await signUp.SignUpAsync("Alexandra Konstantinopoulou-Yamamoto", session.Email, session.Password);
        await session.SeeAsync("profile");
        await profile.SaveProfileAsync(OrganizerOffers, OrganizerNeeds, "https://example.com/a-very-long-address-without-any-spaces-in-it", "SignedIn");
        await session.SeeAsync("profile-saved");
        var events = await profile.GoToEventsAsync();
        await session.SeeAsync("events-none");
        var create = await events.NewEventAsync();
        await session.SeeAsync("create-event");
        var details = await create.CreateEventAsync("国際交流ビジネスネットワーキングナイト2026 International business networking night", EventDate, new TimeOnly(19, 0), "東京都渋谷区道玄坂1-2-3 渋谷フクラス17階", "名刺交換と自己紹介", "IT, 交流会, networking");
        await session.SeeAsync("event-details");
        var import = await details.ImportAttendeesAsync();
        await session.SeeAsync("import");
        await import.UploadNothingAsync();
        await session.SeeAsync("import-no-file");
        await import.UploadAsync(PeatixSample);
        await session.SeeAsync("import-preview");
        await import.ConfirmAsync();
        await session.SeeAsync("import-done");
        await import.SeeAttendeesAsync();
        await session.SeeAsync("attendees");
        await session.Page.GotoAsync("/Events");
        await session.SeeAsync("events");
        var network = await session.OpenNetworkAsync();
        await session.SeeAsync("network-empty");
        var log = await network.LogEncounterAsync();
        await session.SeeAsync("log-encounter");
        var contact = await log.LogAsync("Maximilian Alexander Wolfeschlegelsteinhausen-Bergerdorff", "https://example.com/a-very-long-address-without-any-spaces-in-it", "国際交流ビジネスネットワーキングナイト2026");
        await session.SeeAsync("contact");
        await contact.DownloadMeetingAsync(new DateTime(2026, 12, 15, 10, 0, 0, DateTimeKind.Unspecified), 60);
        network = await contact.GoToNetworkAsync();
        await session.SeeAsync("network");
        var (vcf, _) = await network.ExportContactsAsync();
        var contactImport = await network.ImportContactsAsync();
        await session.SeeAsync("contact-import");
        await contactImport.UploadAsync(vcf);
        await session.SeeAsync("contact-import-preview");
        await contactImport.ConfirmAsync();
        await session.SeeAsync("contact-import-done");
        await session.Page.GotoAsync("/Network/Card");
        await session.SeeAsync("card");
        await session.Page.GotoAsync("/Network/Settings");
        await session.SeeAsync("settings");

        Assert.Empty(session.SidewaysScrolling);
    }
}
