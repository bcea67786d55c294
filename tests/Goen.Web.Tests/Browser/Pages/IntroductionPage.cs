using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>One introduction, as its introducer sees it: the draft with a note to each side, the asks, answers and outcome.</summary>
public sealed class IntroductionPage(IPage page) : GoenPage(page)
{
    /// <summary>The state the page shows (Draft, Asked, OneAccepted, Introduced, Declined, Expired).</summary>
    public async Task<string> StateAsync() => await Page.GetByTestId("intro-state").GetAttributeAsync("data-state") ?? "";

    /// <summary>The note to side A or B, as drafted.</summary>
    public Task<string> NoteToAsync(string side) => Page.GetByTestId($"note-{side}").InputValueAsync();

    /// <summary>Asks both sides; the page comes back asked.</summary>
    public async Task AskAsync()
    {
        await Page.GetByTestId("intro-ask").ClickAsync();
        await Page.Locator("[data-test=intro-state][data-state=Asked]").WaitForAsync();
    }

    /// <summary>Records what came of it.</summary>
    public async Task RecordOutcomeAsync(string outcome)
    {
        await Page.GetByTestId($"outcome-{outcome}").CheckAsync();
        await Page.GetByTestId("outcome-save").ClickAsync();
        await ArriveAtAsync("intro-saved");
    }

    /// <summary>The thank-you note a side sent, empty when none.</summary>
    public async Task<string> ThanksFromAsync(string side) =>
        await Page.GetByTestId($"thanks-{side}").CountAsync() > 0 ? (await Page.GetByTestId($"thanks-{side}").InnerTextAsync()).Trim() : "";
}
