using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>Who is coming: a card per person, with what to ask them about and where you could help each other.</summary>
public sealed class AttendeesPage(IPage page) : GoenPage(page)
{
    private ILocator Cards => Page.GetByTestId("attendees").GetByTestId("attendee");

    public async Task<IReadOnlyList<string>> AttendeeNamesAsync() =>
        [.. (await Cards.GetByTestId("attendee-name").AllInnerTextsAsync()).Select(n => n.Trim())];

    /// <summary>
    /// The hints on one person's card — "You could ask them about …", "You could help them with …",
    /// "They could help you with …" — each as read on screen, label first.
    /// </summary>
    public async Task<IReadOnlyList<string>> HintsForAsync(string name)
    {
        var named = Page.GetByTestId("attendee-name").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") });
        var card = Cards.Filter(new() { Has = named });
        var hints = card.GetByTestId("ask-about").Or(card.GetByTestId("you-can-help")).Or(card.GetByTestId("they-can-help"));
        return await hints.AllInnerTextsAsync();
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
}
