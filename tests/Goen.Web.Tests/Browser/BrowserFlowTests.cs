using Goen.Core.Tests;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// Goen in a real Chromium on a phone-sized screen (360×740, touch): the organizer's whole flow from sign-up
/// to the attendee list, in Japanese and in English; the same forms without JavaScript; page widths; and
/// the language switch. Screenshots of every step go to artifacts/screenshots.
/// </summary>
[Collection(nameof(BrowserTestsRunAlone))]
public sealed partial class BrowserFlowTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private static readonly string PeatixSample = RepoFiles.Sample("peatix-participants-sjis.csv");
    private static readonly DateOnly EventDate = new(2026, 12, 10);

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task OrganizerFlow_OnAPhone_ImportsPeatixAndSuggestsWhoToTalkTo(string locale)
    {
        var ui = UiWords.For(locale);
        await using var session = await browser.OpenAsync("organizer-flow", locale);

        var signUp = await session.OpenSignUpAsync();
        await session.SeeAsync("sign-up");
        Assert.Equal(ui.Language, await signUp.LanguageAsync());
        Assert.StartsWith(ui.SignUpTitle, await signUp.TitleAsync(), StringComparison.Ordinal);

        var profile = await signUp.SignUpAsync("山田 花子", session.Email, session.Password);
        await session.SeeAsync("profile");
        Assert.StartsWith(ui.ProfileTitle, await profile.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("山田 花子", await profile.ValueOfAsync("name"));

        await profile.SaveProfileAsync(OrganizerOffers, OrganizerNeeds, OrganizerInterests, "SameEvents");
        await session.SeeAsync("profile-saved");
        Assert.Equal(ui.Saved, await profile.SavedNoticeAsync());
        Assert.Equal(OrganizerNeeds, await profile.ValueOfAsync("needs"));
        Assert.Equal(("SameEvents", ui.SameEvents), await profile.VisibilityOfAsync("interests"));

        var events = await profile.GoToEventsAsync();
        await session.SeeAsync("events");
        var create = await events.NewEventAsync();
        await session.SeeAsync("create-event");
        Assert.StartsWith(ui.CreateTitle, await create.TitleAsync(), StringComparison.Ordinal);

        var details = await create.CreateEventAsync("朝活交流会 Morning mixer", EventDate, new TimeOnly(19, 0), "渋谷", "名刺交換と自己紹介\n19:30 乾杯", "IT, 交流会");
        await session.SeeAsync("event-details");
        Assert.Equal("朝活交流会 Morning mixer", await details.EventTitleAsync());
        Assert.Equal("名刺交換と自己紹介\n19:30 乾杯", await details.DescriptionAsync());
        Assert.Equal(browser.ServerAddress.Authority, (await details.RegistrationLinkAsync()).Authority);

        var import = await details.ImportAttendeesAsync();
        await session.SeeAsync("import");
        Assert.StartsWith(ui.ImportTitle, await import.TitleAsync(), StringComparison.Ordinal);

        await import.UploadAsync(PeatixSample);
        await session.SeeAsync("import-preview");
        var detected = await import.DetectedAsync();
        Assert.Contains("peatix-participants-sjis.csv", detected, StringComparison.Ordinal);
        Assert.Contains(ui.PeatixKind, detected, StringComparison.Ordinal);
        Assert.Contains("shift_jis", detected, StringComparison.OrdinalIgnoreCase);
        var rejected = Assert.Single(await import.RejectedRowsAsync());
        Assert.Equal(ui.RejectedRow, rejected);
        var previewed = await import.PreviewNamesAsync();
        Assert.Contains("佐藤 健", previewed);
        Assert.Empty(await import.WordsBrokenAcrossLinesAsync());
        Assert.Equal(ui.ImportPeople(previewed.Count), await import.ConfirmLabelAsync());

        await import.ConfirmAsync();
        await session.SeeAsync("import-done");
        Assert.StartsWith(ui.Imported(previewed.Count), await import.DoneMessageAsync(), StringComparison.Ordinal);

        var attendees = await import.SeeAttendeesAsync();
        await session.SeeAsync("attendees");
        Assert.StartsWith(ui.AttendeesTitle, await attendees.TitleAsync(), StringComparison.Ordinal);
        var names = await attendees.AttendeeNamesAsync();
        Assert.Contains("佐藤 健", names);
        Assert.Contains("山田 花子", names);
        Assert.Equal(previewed.Count + 1, names.Count);
        var sato = await attendees.HintsForAsync("佐藤 健");
        Assert.Contains(sato, hint => hint.StartsWith(ui.AskAbout, StringComparison.Ordinal) && hint.Contains("登山", StringComparison.Ordinal));
        Assert.Empty(session.BlockedByContentSecurityPolicy);
    }
}
