namespace Goen.Web.Tests.Browser;

/// <summary>Every form of the flow works with JavaScript turned off (the app ships no scripts, and must not need them).</summary>
public sealed partial class BrowserFlowTests
{
    [Fact]
    public async Task OrganizerFlow_WithoutJavaScript_EveryFormWorks()
    {
        var ui = UiWords.Japanese;
        await using var session = await browser.OpenAsync("no-javascript", "ja-JP", javaScript: false);

        var signUp = await session.OpenSignUpAsync();
        await session.SeeAsync("sign-up");
        var refused = await signUp.SignUpRefusedAsync("山田 花子", session.Email, "short");
        await session.SeeAsync("sign-up-refused");
        Assert.Contains("10文字以上", await refused.ProblemsAsync(), StringComparison.Ordinal);

        var profile = await refused.SignUpAsync("山田 花子", session.Email, session.Password);
        await profile.SaveProfileAsync(OrganizerOffers, OrganizerNeeds, OrganizerInterests, "SignedIn");
        await session.SeeAsync("profile-saved");
        Assert.Equal(ui.Saved, await profile.SavedNoticeAsync());
        Assert.Equal(OrganizerOffers, await profile.ValueOfAsync("offers"));
        Assert.Equal("SignedIn", (await profile.VisibilityOfAsync("offers")).Value);

        var create = await (await profile.GoToEventsAsync()).NewEventAsync();
        var details = await create.CreateEventAsync("読書会 Book club", EventDate, new TimeOnly(10, 30), "オンライン", "一冊ずつ紹介します", "読書");
        await session.SeeAsync("event-details");
        Assert.Equal("読書会 Book club", await details.EventTitleAsync());

        var import = await details.ImportAttendeesAsync();
        await import.UploadNothingAsync();
        await session.SeeAsync("import-no-file");
        Assert.Contains("CSVファイルを選んでください", await import.ProblemsAsync(), StringComparison.Ordinal);

        await import.UploadAsync(PeatixSample);
        await session.SeeAsync("import-preview");
        Assert.Contains(ui.PeatixKind, await import.DetectedAsync(), StringComparison.Ordinal);
        var previewed = await import.PreviewNamesAsync();

        await import.ConfirmAsync();
        await session.SeeAsync("import-done");
        Assert.StartsWith(ui.Imported(previewed.Count), await import.DoneMessageAsync(), StringComparison.Ordinal);

        var attendees = await import.SeeAttendeesAsync();
        await session.SeeAsync("attendees");
        Assert.Contains("佐藤 健", await attendees.AttendeeNamesAsync());
    }

    [Fact]
    public async Task NetworkFlow_WithoutJavaScript_LogsAConversationAndPlansA1on1()
    {
        var words = NetworkWords.Japanese;
        await using var session = await browser.OpenAsync("network-no-javascript", "ja-JP", javaScript: false);
        await (await session.OpenSignUpAsync()).SignUpAsync("山田 花子", session.Email, session.Password);
        var network = await session.OpenNetworkAsync();
        await session.SeeAsync("network-empty");
        Assert.Empty(await network.ContactNamesAsync());

        var log = await network.LogEncounterAsync();
        await session.SeeAsync("log");
        Assert.True(await log.AsksForNameAsync());
        var contact = await log.LogAsync("佐藤 健", words.CafeNeed, words.TalkedAbout);
        await session.SeeAsync("contact-logged");

        Assert.Equal(words.Logged, await contact.LoggedNoticeAsync());
        Assert.Equal("佐藤 健", await contact.ContactNameAsync());
        var (ics, _) = await contact.DownloadMeetingAsync(new DateTime(2026, 12, 15, 18, 30, 0, DateTimeKind.Unspecified), 60);
        Assert.Contains("DTSTART;TZID=Asia/Tokyo:20261215T183000", ics, StringComparison.Ordinal);
        Assert.Contains("佐藤 健", ics, StringComparison.Ordinal);
        network = await contact.GoToNetworkAsync();
        await session.SeeAsync("network");
        Assert.Equal(["佐藤 健"], await network.ContactNamesAsync());
    }
}
