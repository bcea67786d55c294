using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>Check-in at the door: everyone attending, one tap each.</summary>
public sealed class CheckInPage(IPage page) : GoenPage(page)
{
    /// <summary>The names on the list, in its order.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync() =>
        [.. (await Page.GetByTestId("checkin-row").Locator(".name").AllInnerTextsAsync()).Select(n => n.Trim())];

    /// <summary>Taps a person's name; the list comes back with them checked in.</summary>
    public async Task TapAsync(string name)
    {
        var row = Page.GetByTestId("checkin-row").Filter(new() { Has = Page.Locator(".name", new() { HasTextString = name }) });
        await row.GetByTestId("checkin-button").TapAsync();
        await Page.Locator("[data-test=checkin-row][data-here=true]").Filter(new() { Has = Page.Locator(".name", new() { HasTextString = name }) }).WaitForAsync();
    }

    /// <summary>The names shown as here.</summary>
    public async Task<IReadOnlyList<string>> HereAsync() =>
        [.. (await Page.Locator("[data-test=checkin-row][data-here=true] .name").AllInnerTextsAsync()).Select(n => n.Trim())];

    public Task<string> CountAsync() => Page.GetByTestId("checked-in-count").InnerTextAsync();
}
