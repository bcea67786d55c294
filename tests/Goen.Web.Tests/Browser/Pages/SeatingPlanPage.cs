using System.Globalization;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>One seating plan: its progress while it is made (the page refreshes itself), then its rounds and tables.</summary>
public sealed class SeatingPlanPage(IPage page) : GoenPage(page)
{
    /// <summary>Gets the plan's id, from the address.</summary>
    public int PlanId => int.Parse(Path.Split('/')[^1], CultureInfo.InvariantCulture);

    /// <summary>Gets the event's id, from the address.</summary>
    public int EventId => int.Parse(Path.Split('/')[^2], CultureInfo.InvariantCulture);

    /// <summary>Waits, without touching the page, until it has refreshed itself into a finished plan; returns its state.</summary>
    public async Task<string> WaitUntilFinishedAsync()
    {
        var finished = Page.Locator("[data-test=plan-state]:not([data-state=running])");
        await finished.WaitForAsync(new() { Timeout = 60_000 });
        return await finished.GetAttributeAsync("data-state") ?? "";
    }

    /// <summary>The repeat meetings the page reports.</summary>
    public async Task<int> RepeatsAsync() => int.Parse(await Page.GetByTestId("figures").GetAttributeAsync("data-repeats") ?? "-1", CultureInfo.InvariantCulture);

    public Task<int> RoundCountAsync() => Page.GetByTestId("round").CountAsync();

    /// <summary>The names at each table of a round (1-based).</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> TablesOfRoundAsync(int round)
    {
        var tables = Page.GetByTestId("round").Nth(round - 1).GetByTestId("table-people");
        var result = new List<IReadOnlyList<string>>();
        for (var i = 0; i < await tables.CountAsync(); i++)
        {
            result.Add([.. (await tables.Nth(i).Locator("li").AllInnerTextsAsync()).Select(n => n.Trim())]);
        }

        return result;
    }

    /// <summary>Opens the first table's "why they sit together" and reads its reasons.</summary>
    public async Task<IReadOnlyList<string>> OpenFirstReasonsAsync()
    {
        var reasons = Page.GetByTestId("reasons").First;
        await reasons.Locator("summary").ClickAsync();
        await reasons.GetByTestId("reason").First.WaitForAsync();
        return await reasons.GetByTestId("reason").AllInnerTextsAsync();
    }

    public async Task<CheckInPage> CheckInAsync()
    {
        await Page.GetByTestId("checkin-link").First.ClickAsync();
        await Page.GetByTestId("checkins").WaitForAsync();
        return new CheckInPage(Page);
    }

    public async Task<ReplanPage> ReplanAsync()
    {
        await Page.GetByTestId("replan-link").ClickAsync();
        await Page.GetByTestId("replan-form").WaitForAsync();
        return new ReplanPage(Page);
    }

    public async Task<PrintPage> PrintAsync()
    {
        await Page.GetByTestId("print-link").ClickAsync();
        await Page.GetByTestId("table-cards").WaitForAsync();
        return new PrintPage(Page);
    }
}
