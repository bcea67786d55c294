using System.Globalization;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>Re-planning between rounds: who is not here (those not checked in come ticked), walk-ins, from which round.</summary>
public sealed class ReplanPage(IPage page) : GoenPage(page)
{
    /// <summary>The names ticked as not here.</summary>
    public async Task<IReadOnlyList<string>> TickedAsAbsentAsync() => await Page.GetByTestId("absent").EvaluateAsync<string[]>(
        "set => [...set.querySelectorAll('input[type=checkbox]:checked')].map(c => c.parentElement.textContent.trim())");

    /// <summary>Re-plans from a round with walk-ins (name and a line each); the plan page comes back.</summary>
    public async Task<SeatingPlanPage> ReplanAsync(int fromRound, params (string Name, string Line)[] walkIns)
    {
        var form = Page.GetByTestId("replan-form");
        await form.GetByTestId("from-round").SelectOptionAsync(fromRound.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < walkIns.Length; i++)
        {
            await form.GetByTestId($"walk-in-name-{i}").FillAsync(walkIns[i].Name);
            await form.GetByTestId($"walk-in-line-{i}").FillAsync(walkIns[i].Line);
        }

        await form.GetByTestId("replan").ClickAsync();
        await ArriveAtAsync("round");
        return new SeatingPlanPage(Page);
    }
}
