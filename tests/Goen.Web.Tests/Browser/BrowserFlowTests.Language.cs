namespace Goen.Web.Tests.Browser;

/// <summary>The language switch in the header: the same page comes back in the other language, and the choice sticks.</summary>
public sealed partial class BrowserFlowTests
{
    [Fact]
    public async Task LanguageSwitch_JapaneseOnAnEnglishPage_SamePageInJapaneseAndTheChoiceSticks()
    {
        await using var session = await browser.OpenAsync("language-switch", "en-US");
        var signUp = await session.OpenSignUpAsync();
        await session.SeeAsync("english");
        Assert.Equal("en", await signUp.LanguageAsync());
        Assert.StartsWith(UiWords.English.SignUpTitle, await signUp.TitleAsync(), StringComparison.Ordinal);

        await signUp.SwitchToJapaneseAsync();
        await session.SeeAsync("japanese");

        Assert.Equal("/Account/SignUp", signUp.Path);
        Assert.Equal("ja", await signUp.LanguageAsync());
        Assert.StartsWith(UiWords.Japanese.SignUpTitle, await signUp.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await signUp.IsLanguageChosenAsync("ja"));
        var profile = await signUp.SignUpAsync("Alex Morgan", session.Email, session.Password);
        await session.SeeAsync("next-page");
        Assert.Equal("ja", await profile.LanguageAsync());
        Assert.StartsWith(UiWords.Japanese.ProfileTitle, await profile.TitleAsync(), StringComparison.Ordinal);
        var events = await profile.GoToEventsAsync();
        Assert.StartsWith(UiWords.Japanese.EventsTitle, await events.TitleAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_OnTheImportPreview_KeepsTheUploadedFile()
    {
        await using var session = await browser.OpenAsync("language-switch-preview", "en-US");
        var profile = await (await session.OpenSignUpAsync()).SignUpAsync("Alex Morgan", session.Email, session.Password);
        var details = await (await (await profile.GoToEventsAsync()).NewEventAsync())
            .CreateEventAsync("Morning mixer", EventDate, new TimeOnly(8, 0), "Shibuya", "Coffee first.", "IT");
        var import = await (await details.ImportAttendeesAsync()).UploadAsync(PeatixSample);
        await session.SeeAsync("english-preview");
        var previewed = await import.PreviewNamesAsync();

        await import.SwitchToJapaneseAsync();
        await session.SeeAsync("japanese-preview");

        Assert.Contains(UiWords.Japanese.PeatixKind, await import.DetectedAsync(), StringComparison.Ordinal);
        Assert.Equal(UiWords.Japanese.ImportPeople(previewed.Count), await import.ConfirmLabelAsync());
        await import.ConfirmAsync();
        Assert.StartsWith(UiWords.Japanese.Imported(previewed.Count), await import.DoneMessageAsync(), StringComparison.Ordinal);
    }
}
