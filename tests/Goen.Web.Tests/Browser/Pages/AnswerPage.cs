using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The page a link in a mail opens, with no sign-in: the ask and its one-tap answer, or what came of it and thanks.</summary>
public sealed class AnswerPage(IPage page) : GoenPage(page)
{
    /// <summary>The note the introducer wrote to this side.</summary>
    public async Task<string> NoteAsync() => (await Page.GetByTestId("ask-note").InnerTextAsync()).Trim();

    /// <summary>Answers yes; returns what the page then says.</summary>
    public async Task<string> SayYesAsync()
    {
        await Page.GetByTestId("answer-yes").ClickAsync();
        await ArriveAtAsync("answer-result");
        return await Page.GetByTestId("answer-result").GetAttributeAsync("data-result") ?? "";
    }

    /// <summary>On the follow-up page: what came of it and a thank-you to the introducer.</summary>
    public async Task FollowUpAsync(string outcome, string thanks)
    {
        await Page.GetByTestId($"outcome-{outcome}").CheckAsync();
        await Page.GetByTestId("thanks").FillAsync(thanks);
        await Page.GetByTestId("followup-send").ClickAsync();
        await ArriveAtAsync("followup-saved");
    }
}
