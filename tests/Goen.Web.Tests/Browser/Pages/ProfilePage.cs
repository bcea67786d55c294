using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The person's own profile: what they offer, need and like to talk about, each with who may see it.</summary>
public sealed class ProfilePage(IPage page) : GoenPage(page)
{
    private ILocator Form => Page.GetByTestId("profile-form");

    /// <summary>Fills the three fields that matter most for introductions, sets who sees each, and saves.</summary>
    /// <param name="offers">What the person can help with.</param>
    /// <param name="needs">What they are looking for.</param>
    /// <param name="interests">Small talk.</param>
    /// <param name="visibility">Who sees the three fields: OnlyMe, SameEvents or SignedIn.</param>
    public async Task<ProfilePage> SaveProfileAsync(string offers, string needs, string interests, string visibility)
    {
        foreach (var (field, value) in new[] { ("offers", offers), ("needs", needs), ("interests", interests) })
        {
            await Form.GetByTestId(field).FillAsync(value);
            await Form.GetByTestId($"{field}-visibility").SelectOptionAsync(visibility);
        }

        await Form.GetByTestId("save").ClickAsync();
        await ArriveAtAsync("saved");
        return this;
    }

    /// <summary>The "Saved." notice, empty when there is none.</summary>
    public async Task<string> SavedNoticeAsync() =>
        await Page.GetByTestId("saved").CountAsync() > 0 ? await Page.GetByTestId("saved").InnerTextAsync() : "";

    /// <summary>What a field of the form holds now.</summary>
    public Task<string> ValueOfAsync(string field) => Form.GetByTestId(field).InputValueAsync();

    /// <summary>The visibility chosen for a field (its option value), and the text the person reads for it.</summary>
    public async Task<(string Value, string Text)> VisibilityOfAsync(string field)
    {
        var select = Form.GetByTestId($"{field}-visibility");
        return (await select.InputValueAsync(), await select.Locator("option:checked").InnerTextAsync());
    }

    public async Task<EventsPage> GoToEventsAsync()
    {
        await Page.GetByTestId("nav-events").ClickAsync();
        await Page.GetByTestId("new-event").WaitForAsync();
        return new EventsPage(Page);
    }

    public async Task<ProfilePage> SwitchToJapaneseAsync()
    {
        await SwitchLanguageAsync("ja");
        return this;
    }

    public async Task<ProfilePage> SwitchToEnglishAsync()
    {
        await SwitchLanguageAsync("en");
        return this;
    }
}
