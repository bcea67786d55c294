using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>What every page of Goen has: a title, a language, and the header with the language switch and menu.</summary>
public abstract class GoenPage(IPage page)
{
    protected IPage Page { get; } = page;

    /// <summary>Gets the page's path and query, as in the address bar.</summary>
    public string Path => new Uri(Page.Url).PathAndQuery;

    /// <summary>The window title: the page's heading, then the site's name.</summary>
    public Task<string> TitleAsync() => Page.TitleAsync();

    /// <summary>The language the page says it is in (html lang), as screen readers and fonts use it.</summary>
    public async Task<string> LanguageAsync() => await Page.Locator("html").GetAttributeAsync("lang") ?? "";

    /// <summary>Whether the header's button for a language is shown as the chosen one.</summary>
    public async Task<bool> IsLanguageChosenAsync(string language) =>
        await Page.GetByTestId($"lang-{language}").GetAttributeAsync("aria-pressed") == "true";

    /// <summary>Presses a language button in the header; the same page comes back in that language.</summary>
    protected async Task SwitchLanguageAsync(string language)
    {
        var path = Path;
        await Page.GetByTestId($"lang-{language}").ClickAsync();
        await Page.Locator($"[data-test=lang-{language}][aria-pressed=true]").WaitForAsync();
        Assert.Equal(path, Path);
    }

    /// <summary>
    /// Waits for the page that shows an element; when a form comes back with its problems instead, fails
    /// with them, so a refused form reads as what the person would see rather than as a timeout.
    /// </summary>
    protected async Task ArriveAtAsync(string test)
    {
        var arrived = Page.GetByTestId(test);
        await arrived.Or(Page.GetByTestId("problems")).First.WaitForAsync();
        if (await arrived.CountAsync() == 0)
        {
            Assert.Fail($"Expected the page with data-test={test}, but {Path} says: {await ProblemsAsync()}");
        }
    }

    /// <summary>The errors listed at the top of a form that was not accepted.</summary>
    public Task<string> ProblemsAsync() => Page.GetByTestId("problems").InnerTextAsync();
}
