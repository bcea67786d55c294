using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The person's events, with the button to create one.</summary>
public sealed class EventsPage(IPage page) : GoenPage(page)
{
    public async Task<CreateEventPage> NewEventAsync()
    {
        await Page.GetByTestId("new-event").ClickAsync();
        await Page.GetByTestId("event-form").WaitForAsync();
        return new CreateEventPage(Page);
    }

    /// <summary>The titles of the event cards, as listed.</summary>
    public async Task<IReadOnlyList<string>> EventTitlesAsync() =>
        [.. (await Page.GetByTestId("event").Locator("h3").AllInnerTextsAsync()).Select(t => t.Trim())];
}
