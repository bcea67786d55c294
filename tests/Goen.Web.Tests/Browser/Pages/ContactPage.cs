using System.Globalization;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>One of my contacts: my private notes, whom I could introduce them to and why, and planning a 1on1.</summary>
public sealed class ContactPage(IPage page) : GoenPage(page)
{
    public async Task<string> ContactNameAsync() => (await Page.GetByTestId("contact-title").InnerTextAsync()).Trim();

    /// <summary>The "Saved to your network." notice, empty when there is none.</summary>
    public async Task<string> LoggedNoticeAsync() =>
        await Page.GetByTestId("logged").CountAsync() > 0 ? (await Page.GetByTestId("logged").InnerTextAsync()).Trim() : "";

    /// <summary>Whether the page shows their profile as they share it (it does only when they share a field with me).</summary>
    public async Task<bool> ShowsTheirProfileAsync() => await Page.GetByTestId("contact-profile").CountAsync() > 0;

    /// <summary>The people to introduce them to, each with the sentence that says why (without its leading dash).</summary>
    public async Task<IReadOnlyList<(string Name, string Because)>> HelpersAsync()
    {
        var found = new List<(string, string)>();
        foreach (var person in await Page.GetByTestId("help").GetByTestId("help-person").AllAsync())
        {
            var name = (await person.GetByTestId("help-person-name").InnerTextAsync()).Trim();
            var because = (await person.GetByTestId("because").InnerTextAsync()).Trim().TrimStart('—').Trim();
            found.Add((name, because));
        }

        return found;
    }

    /// <summary>Taps "Introduce" beside a suggested person: a draft introduction opens with a note to each side.</summary>
    public async Task<IntroductionPage> IntroduceAsync(string helper)
    {
        var person = Page.GetByTestId("help-person").Filter(new() { Has = Page.GetByTestId("help-person-name").GetByText(helper, new() { Exact = true }) });
        await person.GetByTestId("introduce").ClickAsync();
        await ArriveAtAsync("intro-edit");
        return new IntroductionPage(Page);
    }

    /// <summary>Plans a 1on1 and downloads its calendar file, as the browser saves it.</summary>
    /// <returns>The file's text and the name the app gave it.</returns>
    public async Task<(string Text, string FileName)> DownloadMeetingAsync(DateTime start, int minutes)
    {
        var plan = Page.GetByTestId("plan-meeting");
        await plan.GetByTestId("meeting-start").FillAsync(start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await plan.GetByTestId("meeting-minutes").FillAsync(minutes.ToString(CultureInfo.InvariantCulture));
        var download = await Page.RunAndWaitForDownloadAsync(() => plan.GetByTestId("download-ics").ClickAsync());
        return (await File.ReadAllTextAsync(await download.PathAsync()), download.SuggestedFilename);
    }

    public async Task<NetworkPage> GoToNetworkAsync()
    {
        await Page.GetByTestId("nav-network").ClickAsync();
        await Page.GetByTestId("contacts").WaitForAsync();
        return new NetworkPage(Page);
    }
}
