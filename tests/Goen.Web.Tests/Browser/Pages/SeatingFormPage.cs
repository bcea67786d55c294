using System.Globalization;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>An event's seating plans: how many rounds the tables allow, the plan form and the plans so far.</summary>
public sealed class SeatingFormPage(IPage page) : GoenPage(page)
{
    /// <summary>Opens the seating plans from the event page's organizer tools.</summary>
    public static async Task<SeatingFormPage> OpenFromAsync(IPage page)
    {
        await page.GetByTestId("organizer-tools").GetByTestId("seating-link").ClickAsync();
        await page.GetByTestId("plan-form").WaitForAsync();
        return new SeatingFormPage(page);
    }

    /// <summary>The most rounds without a repeat, one line per table size.</summary>
    public Task<IReadOnlyList<string>> BoundsAsync() => Page.GetByTestId("bound").AllInnerTextsAsync();

    /// <summary>Asks for a plan of tables of <paramref name="min"/> to <paramref name="max"/>, searching for a second; the plan page opens.</summary>
    public async Task<SeatingPlanPage> PlanAsync(int rounds, int size, int min, int max)
    {
        await FillAsync(rounds, size, min, max);
        await ArriveAtAsync("plan-state");
        return new SeatingPlanPage(Page);
    }

    /// <summary>Asks for a plan that cannot be met; the form comes back with the reason, which this returns.</summary>
    public async Task<string> PlanRefusedAsync(int rounds, int size, int min, int max)
    {
        await FillAsync(rounds, size, min, max);
        await Page.GetByTestId("problems").WaitForAsync();
        return await ProblemsAsync();
    }

    private async Task FillAsync(int rounds, int size, int min, int max)
    {
        var form = Page.GetByTestId("plan-form");
        await form.GetByTestId("rounds").FillAsync(rounds.ToString(CultureInfo.InvariantCulture));
        await form.GetByTestId("table-size").FillAsync(size.ToString(CultureInfo.InvariantCulture));
        await form.GetByTestId("min-table-size").FillAsync(min.ToString(CultureInfo.InvariantCulture));
        await form.GetByTestId("max-table-size").FillAsync(max.ToString(CultureInfo.InvariantCulture));
        await form.GetByTestId("seconds").FillAsync("1");
        await form.GetByTestId("make-plan").ClickAsync();
    }
}
