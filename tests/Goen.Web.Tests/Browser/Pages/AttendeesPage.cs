using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>Who is coming: a card per person, with what to ask them about and where you could help each other.</summary>
public sealed class AttendeesPage(IPage page) : GoenPage(page)
{
    private ILocator Cards => Page.GetByTestId("attendees").GetByTestId("attendee");

    public async Task<IReadOnlyList<string>> AttendeeNamesAsync() =>
        [.. (await Cards.GetByTestId("attendee-name").AllInnerTextsAsync()).Select(n => n.Trim())];

    /// <summary>The path of a person's page, as their name links to it (/People/Details/{id}).</summary>
    public async Task<string> PersonLinkAsync(string name) =>
        await CardOf(name).GetByTestId("attendee-name").GetAttributeAsync("href") ?? "";

    /// <summary>
    /// The hints on one person's card — "You could ask them about …", "You could help them with …",
    /// "They could help you with …" — each as read on screen, label first.
    /// </summary>
    public async Task<IReadOnlyList<string>> HintsForAsync(string name)
    {
        var card = CardOf(name);
        var hints = card.GetByTestId("ask-about").Or(card.GetByTestId("you-can-help")).Or(card.GetByTestId("they-can-help"));
        return await hints.AllInnerTextsAsync();
    }

    /// <summary>Taps "I talked with them" on one person's card; the form opens with them picked.</summary>
    public async Task<LogEncounterPage> LogTalkWithAsync(string name)
    {
        await CardOf(name).GetByTestId("log-talk").ClickAsync();
        await Page.GetByTestId("encounter-form").WaitForAsync();
        return new LogEncounterPage(Page);
    }

    /// <summary>Every hint on the page, by the person it is about.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> AllHintsAsync()
    {
        var hints = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var name in await AttendeeNamesAsync())
        {
            if (await HintsForAsync(name) is { Count: > 0 } found)
            {
                hints[name] = found;
            }
        }

        return hints;
    }

    private ILocator CardOf(string name)
    {
        var named = Page.GetByTestId("attendee-name").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") });
        return Cards.Filter(new() { Has = named });
    }
}
