using System.Net;

namespace Goen.Web.Tests.Seating;

/// <summary>Hosts chosen on the plan form sit at their table in every round; a host without a table is refused.</summary>
public abstract partial class SeatingTests
{
    [Theory]
    [InlineData("en", "Give a table number")]
    [InlineData("ja", "テーブル番号を入れてください")]
    public async Task PlanForm_WithAHost_SeatsThemAtTheirTableEveryRound_AndAHostWithoutATableIsRefused(string language, string refusal)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Host Organizer", language);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var host = people[4];
        var form = await organizer.GetAsync($"/Seating/{eventId}");

        using var refused = await organizer.SubmitAsync(form, "[data-test=plan-form]", new() { ["Input.Rounds"] = "2", ["Input.TableSize"] = "4", ["Input.Hosts[0].PersonId"] = host.ToString(Inv) });
        var refusedPage = await Visitor.ParseAsync(await refused.Content.ReadAsStringAsync());
        var plansBefore = await CountPlansAsync(eventId);
        using var posted = await organizer.SubmitAsync(form, "[data-test=plan-form]", new()
        {
            ["Input.Rounds"] = "3", ["Input.TableSize"] = "4", ["Input.Seconds"] = "1", ["Input.Hosts[0].PersonId"] = host.ToString(Inv), ["Input.Hosts[0].Table"] = "2",
        });
        var planId = int.Parse(posted.RedirectPath().Split('?')[0].Split('/')[^1], Inv);
        var plan = await DoneAsync(organizer, eventId, planId);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(refusal, refusedPage.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal(0, plansBefore);
        Assert.All(plan.GetProperty("rounds").EnumerateArray(), r =>
            Assert.Contains(host, r.GetProperty("tables")[1].GetProperty("personIds").EnumerateArray().Select(p => p.GetInt32())));
        await AssertValidAsync(planId, plan, people, []);
    }
}
