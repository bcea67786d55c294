using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Goen.Web.Tests.Mail;

namespace Goen.Web.Tests.Seating;

/// <summary>The organizer's seating pages without JavaScript: plan form, self-refreshing progress, plan with reasons, check-in, re-plan, print.</summary>
public abstract partial class SeatingTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task Pages_PlanCheckInReplanPrint_WorkWithoutScriptAndPassThePlanChecker(string language)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Page Organizer", language);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var details = await organizer.GetAsync($"/Events/Details/{eventId}");
        var form = await organizer.GetAsync(details.Attr("seating-link", "href")!);

        using var posted = await organizer.SubmitAsync(form, "[data-test=plan-form]", new() { ["Input.Rounds"] = "3", ["Input.TableSize"] = "4", ["Input.Seconds"] = "1" });
        var planPath = posted.RedirectPath();
        var shown = await organizer.GetAsync(planPath);
        var planId = int.Parse(planPath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var running = shown.Attr("plan-state", "data-state") == "running";
        var refreshes = shown.QuerySelector("meta[http-equiv=refresh]") is not null;
        IHtmlDocument done = shown;
        await Poll.UntilAsync(async () => (done = await organizer.GetAsync(planPath)).Attr("plan-state", "data-state") != "running", "the plan page shows the plan");
        var api = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");

        Assert.NotEmpty(form.All("bound"));
        Assert.Contains(language == "ja" ? "10秒の案は1分かけた案の1%以内" : "a 10 s plan came within 1 % of a one-minute plan", form.TextOf("seconds-hint"), StringComparison.Ordinal);
        Assert.True(!running || refreshes, "a running plan's page refreshes itself");
        Assert.Equal("done", done.Attr("plan-state", "data-state"));
        Assert.Null(done.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal(3, done.All("round").Count);
        Assert.NotEmpty(done.All("reason"));
        Assert.Equal(api.GetProperty("repeats").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), done.Attr("figures", "data-repeats"));
        await AssertValidAsync(planId, api, people, []);

        var checkIn = await organizer.GetAsync(done.Attr("checkin-link", "href")!);
        var afterCheckIn = await organizer.SubmitAndFollowAsync(checkIn, "[data-test=checkin-row]:nth-child(1) form", []);
        var replanForm = await organizer.GetAsync(done.Attr("replan-link", "href")!);
        var ticked = replanForm.QuerySelectorAll("[data-test=absent] input[type=checkbox]").OfType<IHtmlInputElement>().Count(c => c.IsChecked);
        var replanned = await organizer.SubmitAndFollowAsync(replanForm, "[data-test=replan-form]", new()
        {
            ["FromRound"] = "2",
            ["Absent"] = "",
            ["WalkIns[0].Name"] = "Walk-in Wanda",
            ["WalkIns[0].Line"] = "bakery owner looking for a web designer",
        });
        var afterApi = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");
        var print = await organizer.GetAsync(replanned.Attr("print-link", "href")!);

        Assert.Single(afterCheckIn.All("checkin-row"), r => r.GetAttribute("data-here") == "true");
        Assert.Equal(people.Count - 1, ticked);
        Assert.Contains("Walk-in Wanda", replanned.All("round")[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Walk-in Wanda", replanned.All("round")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(api.GetProperty("rounds")[0].ToString(), afterApi.GetProperty("rounds")[0].ToString());
        Assert.Equal(afterApi.GetProperty("rounds").EnumerateArray().Sum(r => r.GetProperty("tables").GetArrayLength()), print.All("table-card").Count);
        Assert.Equal(people.Count + 1, print.All("itinerary").Count);
    }

    [Fact]
    public async Task Show_WithAutoRefreshTurnedOff_NeverReloadsItselfAndOffersCheckAgain()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var form = await organizer.GetAsync($"/Seating/{eventId}");

        using var posted = await organizer.SubmitAsync(form, "[data-test=plan-form]", new() { ["Input.Rounds"] = "3", ["Input.TableSize"] = "4", ["Input.Seconds"] = "60", ["Input.Refresh"] = "false" });
        var quiet = await organizer.GetAsync(posted.RedirectPath());
        var planPath = posted.RedirectPath().Split('?')[0];
        var refreshing = await organizer.GetAsync(planPath);
        var planId = int.Parse(planPath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        using var cancel = await organizer.Client.DeleteAsync(Api($"/api/events/{eventId}/plans/{planId}"));

        Assert.EndsWith("?refresh=off", posted.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal("running", quiet.Attr("plan-state", "data-state"));
        Assert.Null(quiet.QuerySelector("meta[http-equiv=refresh]"));
        Assert.EndsWith("?refresh=off", quiet.Attr("check-again", "href"), StringComparison.Ordinal);
        Assert.Equal(planPath, quiet.Attr("start-refresh", "href"));
        Assert.NotNull(refreshing.QuerySelector("meta[http-equiv=refresh]"));
        Assert.EndsWith("?refresh=off", refreshing.Attr("stop-refresh", "href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "People attending", "Checked in at the door")]
    [InlineData("ja", "参加者", "受付済み")]
    public async Task Report_AfterCheckIn_ShowsTheCountsAndDownloadsThemAsCsv(string language, string attending, string checkedIn)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Report Organizer", language);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        using var checkIn = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/checkins"), new { personId = people[0] });
        Assert.True(checkIn.IsSuccessStatusCode);
        var details = await organizer.GetAsync($"/Events/Details/{eventId}");

        var report = await organizer.GetAsync(details.Attr("report-link", "href")!);
        using var csv = await organizer.Client.GetAsync(Api(report.Attr("report-csv", "href")!));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var lines = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(people.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), report.QuerySelector("[data-key='Report.Attendees'] [data-test=value]")!.TextContent);
        Assert.Equal("1", report.QuerySelector("[data-key='Report.CheckedIn'] [data-test=value]")!.TextContent);
        Assert.Equal(attending, report.QuerySelector("[data-key='Report.Attendees'] th")!.TextContent);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(10, lines.Length);
        Assert.Contains($"{attending},{people.Count}", lines);
        Assert.Contains($"{checkedIn},1", lines);

        // The chart: the same counts as bars, each to the scale of the largest of its group, labelled in the page's language.
        var chart = report.QuerySelector("[data-test=report-chart] svg")!;
        Assert.Equal(people.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), chart.QuerySelector("rect[data-key='Report.Attendees']")!.GetAttribute("data-value"));
        Assert.Equal("300", chart.QuerySelector("rect[data-key='Report.Attendees']")!.GetAttribute("width"));
        Assert.Equal(Math.Max(2, (int)Math.Round(300.0 / people.Count)).ToString(System.Globalization.CultureInfo.InvariantCulture), chart.QuerySelector("rect[data-key='Report.CheckedIn']")!.GetAttribute("width"));
        Assert.Equal("0", chart.QuerySelector("rect[data-key='Report.IntroductionsMade']")!.GetAttribute("width"));
        Assert.Contains(attending, chart.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ForSomeoneElse_AreNotFound()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, link) = await EventWithAttendeesAsync(organizer);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 2, tableSize = 4, timeLimitSeconds = 0.5 });
        await DoneAsync(organizer, eventId, planId);
        using var attendee = await Visitor.SignUpAsync(app, "Attendee Looking");
        await attendee.RegisterAsync(link);

        foreach (var path in new[] { $"/Seating/{eventId}", $"/Seating/Show/{eventId}/{planId}", $"/Seating/CheckIn/{eventId}", $"/Seating/Scan/{eventId}", $"/Seating/Replan/{eventId}/{planId}", $"/Seating/Print/{eventId}/{planId}", $"/Seating/Handouts/{eventId}/{planId}", $"/Seating/Report/{eventId}", $"/Seating/Report/{eventId}?handler=Csv" })
        {
            await attendee.GetAsync(path, HttpStatusCode.NotFound);
        }

        Assert.False((await attendee.GetAsync($"/Events/Details/{eventId}")).Has("seating-link"));
    }
}
