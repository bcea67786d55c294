using System.Text;
using System.Text.RegularExpressions;
using Goen.Data;
using Goen.Web.Tests.Browser.Pages;
using Goen.Web.Tests.Seating;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// An organizer runs the seating of a real event from a phone: imports the Peatix list, is told plainly that 11 people
/// cannot sit at tables of 4 or 5, plans 4 rounds at tables of 3 to 5, waits while the plan page refreshes itself, reads why a table sits together, checks people in by tapping,
/// re-plans with two no-shows and a walk-in, and prints: a screenshot and Chromium's own PDF of the A4 print view.
/// </summary>
public sealed partial class BrowserFlowTests
{
    // A4 less the print stylesheet's 12 mm margins, in CSS pixels (96 per inch).
    private const double PrintableWidth = (210 - 24) / 25.4 * 96;
    private const double PrintableHeight = (297 - 24) / 25.4 * 96;

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task SeatingFlow_OnAPhone_PlansChecksInReplansAndPrintsOnA4(string locale)
    {
        await using var session = await browser.OpenAsync("seating-flow", locale);
        var profile = await (await session.OpenSignUpAsync()).SignUpAsync("山田 花子", session.Email, session.Password);
        await profile.SaveProfileAsync(OrganizerOffers, OrganizerNeeds, OrganizerInterests, "SameEvents");
        var details = await (await (await profile.GoToEventsAsync()).NewEventAsync())
            .CreateEventAsync("席替え交流会 Seating mixer", EventDate, new TimeOnly(19, 0), "渋谷", "4ラウンドの席替え", "交流会");
        var eventPage = details.Path;
        await (await (await details.ImportAttendeesAsync()).UploadAsync(PeatixSample)).ConfirmAsync();
        await session.Page.GotoAsync(eventPage);

        var form = await SeatingFormPage.OpenFromAsync(session.Page);
        await session.SeeAsync("seating-form");
        var bounds = await form.BoundsAsync();
        var refused = await form.PlanRefusedAsync(rounds: 4, size: 5, min: 4, max: 5);
        await session.SeeAsync("plan-refused");
        var planPage = await form.PlanAsync(rounds: 4, size: 4, min: 3, max: 5);
        var (planPath, eventId, planId) = (planPage.Path, planPage.EventId, planPage.PlanId);
        await session.SeeAsync("plan-running");
        var state = await planPage.WaitUntilFinishedAsync();
        await session.SeeAsync("plan-done");
        var reasons = await planPage.OpenFirstReasonsAsync();
        await session.SeeAsync("plan-reasons");
        var firstRound = await planPage.TablesOfRoundAsync(1);

        Assert.NotEmpty(bounds);
        Assert.Contains("11", refused, StringComparison.Ordinal);
        Assert.Equal("done", state);
        Assert.Equal(4, await planPage.RoundCountAsync());
        Assert.All(firstRound, t => Assert.InRange(t.Count, 3, 5));
        Assert.Equal(11, firstRound.Sum(t => t.Count));
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(firstRound[0].Count(r.Contains) >= 2, $"a reason names two people of table 1: {r}"));

        var checkIn = await planPage.CheckInAsync();
        var everyone = await checkIn.NamesAsync();
        var noShows = everyone.Where(n => n != "山田 花子").Take(2).ToList();
        foreach (var name in everyone.Except(noShows))
        {
            await checkIn.TapAsync(name);
        }

        await session.SeeAsync("checked-in");
        Assert.Equal(everyone.Except(noShows).Order(), (await checkIn.HereAsync()).Order());
        await session.Page.GotoAsync(planPath);

        var replan = await planPage.ReplanAsync();
        var ticked = await replan.TickedAsAbsentAsync();
        await session.SeeAsync("replan-form");
        Assert.Equal(noShows.Order(), ticked.Order());
        var walkIn = ("Walk-in Wanda", "パン屋、ホームページを作りたい");
        var replanned = await replan.ReplanAsync(2, walkIn);
        await session.SeeAsync("replanned");
        var round1 = await replanned.TablesOfRoundAsync(1);
        var round2 = await replanned.TablesOfRoundAsync(2);

        Assert.Equal(firstRound, round1);
        Assert.Contains("Walk-in Wanda", round2.SelectMany(t => t));
        Assert.DoesNotContain(noShows[0], round2.SelectMany(t => t));
        Assert.All(round2, t => Assert.InRange(t.Count, 3, 5));
        Assert.Equal(10, round2.Sum(t => t.Count));

        var api = await session.Page.APIRequest.GetAsync($"/api/events/{eventId}/plans/{planId}");
        var plan = (await api.JsonAsync())!.Value;
        var report = PlanVerdict.Check(await SavedPlanAsync(planId), plan);
        Assert.True(report.IsValid, string.Join("\n", report.Violations));
        Assert.Equal(report.Repeats, plan.GetProperty("repeats").GetInt32());
        Assert.Equal(report.Repeats, await replanned.RepeatsAsync());
        var tableCount = plan.GetProperty("rounds").EnumerateArray().Sum(r => r.GetProperty("tables").GetArrayLength());

        var print = await replanned.PrintAsync();
        await session.SeeAsync("print");
        Assert.Equal(tableCount, await print.TableCardCountAsync());
        Assert.Equal(everyone.Count + 1, await print.ItineraryCountAsync());
        await session.Page.SetViewportSizeAsync((int)PrintableWidth, 740);
        var cards = await print.CardsInPrintAsync();
        var expectedPages = await PagesByLayoutAsync(session);
        var pdf = await print.PdfAsync();
        await File.WriteAllBytesAsync(Path.Combine(BrowserApp.ScreenshotFolder, $"seating-flow-{locale[..2]}-print.pdf"), pdf);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.All(cards, c => Assert.Equal("avoid", c.BreakInside));
        Assert.All(cards, c => Assert.True(c.Height < PrintableHeight, $"a card {c.Height:0} px high cannot fit on one page"));
        Assert.Equal(expectedPages, PdfPageCount(pdf));
        Assert.Empty(session.BlockedByContentSecurityPolicy);
    }

    /// <summary>
    /// The pages the print view should take: the table cards of each round start a page, the itineraries start a page,
    /// and each such part takes as many pages as its height at A4's printable width needs.
    /// </summary>
    private static async Task<int> PagesByLayoutAsync(BrowserSession session)
    {
        var heights = await session.Page.EvaluateAsync<double[]>(
            """
            () => {
                const starts = [...document.querySelectorAll('.print-round + .print-round, .print-itineraries')].map(e => e.getBoundingClientRect().top + scrollY);
                const main = document.querySelector('main');
                const top = document.querySelector('h1').getBoundingClientRect().top + scrollY;
                const end = main.getBoundingClientRect().bottom + scrollY;
                const edges = [top, ...starts, end];
                return edges.slice(1).map((e, i) => e - edges[i]);
            }
            """);
        return heights.Sum(h => (int)Math.Ceiling(h / PrintableHeight));
    }

    /// <summary>Counts the page objects of a PDF (/Type /Page, not /Pages): Chromium writes them uncompressed.</summary>
    private static int PdfPageCount(byte[] pdf) => Regex.Count(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?![a-zA-Z])");

    private async Task<string> SavedPlanAsync(int planId)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        return await db.EventPlans.Where(p => p.Id == planId).Select(p => p.PlanJson!).SingleAsync();
    }
}
