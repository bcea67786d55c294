using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>Logging a conversation: whom (picked in one tap from a list, or a typed name), what they need, what we talked about.</summary>
public sealed class LogEncounterPage(IPage page) : GoenPage(page)
{
    private ILocator Form => Page.GetByTestId("encounter-form");

    /// <summary>The person picked in one tap (from an attendee list), as shown above the form.</summary>
    public async Task<string> PersonAsync() => (await Form.GetByTestId("encounter-person").InnerTextAsync()).Trim();

    /// <summary>Whether the form asks for a name (it does only when nobody was picked).</summary>
    public async Task<bool> AsksForNameAsync() => await Form.GetByTestId("encounter-name").CountAsync() > 0;

    /// <summary>The event the form was opened for, as its option reads.</summary>
    public async Task<string> EventAsync() => (await Form.GetByTestId("encounter-event").Locator("option:checked").InnerTextAsync()).Trim();

    /// <summary>Saves the conversation with the person already picked; their contact page opens.</summary>
    public Task<ContactPage> LogAsync(string theyNeed, string talkedAbout) => SaveAsync(null, theyNeed, talkedAbout);

    /// <summary>Saves a conversation with someone named by hand; their contact page opens.</summary>
    public Task<ContactPage> LogAsync(string name, string theyNeed, string talkedAbout) => SaveAsync(name, theyNeed, talkedAbout);

    private async Task<ContactPage> SaveAsync(string? name, string theyNeed, string talkedAbout)
    {
        if (name is not null)
        {
            await Form.GetByTestId("encounter-name").FillAsync(name);
        }

        await Form.GetByTestId("encounter-need").FillAsync(theyNeed);
        await Form.GetByTestId("encounter-talk").FillAsync(talkedAbout);
        await Form.GetByTestId("save-encounter").ClickAsync();
        await ArriveAtAsync("logged");
        return new ContactPage(Page);
    }
}
