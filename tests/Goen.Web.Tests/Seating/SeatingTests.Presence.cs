using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Goen.Web.Tests.Seating;

/// <summary>
/// People who arrive late or leave early, chosen on the plan form or sent to the API, are seated only in the rounds
/// they are there for; a line without a round, or rounds outside the plan, are refused and nothing is queued.
/// </summary>
public abstract partial class SeatingTests
{
    [Theory]
    [InlineData("en", "give the round they arrive")]
    [InlineData("ja", "来るラウンド")]
    public async Task PlanForm_LateAndEarly_AreSeatedOnlyInTheirRounds_AndALineWithoutARoundIsRefused(string language, string refusal)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Presence Organizer", language);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (late, early) = (people[5], people[6]);
        var form = await organizer.GetAsync($"/Seating/{eventId}");

        using var refused = await organizer.SubmitAsync(form, "[data-test=plan-form]", new() { ["Input.Rounds"] = "3", ["Input.TableSize"] = "4", ["Input.Presence[0].PersonId"] = late.ToString(Inv) });
        var refusedPage = await Visitor.ParseAsync(await refused.Content.ReadAsStringAsync());
        using var outside = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans"), new { rounds = 3, tableSize = 4, presence = new[] { new { personId = late, fromRound = 3, untilRound = 2 } } });
        var plansBefore = await CountPlansAsync(eventId);
        using var posted = await organizer.SubmitAsync(form, "[data-test=plan-form]", new()
        {
            ["Input.Rounds"] = "3", ["Input.TableSize"] = "4", ["Input.Seconds"] = "1",
            ["Input.Presence[0].PersonId"] = late.ToString(Inv), ["Input.Presence[0].FromRound"] = "2",
            ["Input.Presence[1].PersonId"] = early.ToString(Inv), ["Input.Presence[1].UntilRound"] = "2",
        });
        var planId = int.Parse(posted.RedirectPath().Split('?')[0].Split('/')[^1], Inv);
        var plan = await DoneAsync(organizer, eventId, planId);
        var seated = plan.GetProperty("rounds").EnumerateArray()
            .Select(r => r.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("personIds").EnumerateArray().Select(p => p.GetInt32())).ToList())
            .ToList();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(refusal, refusedPage.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("round", (await outside.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, plansBefore);
        Assert.Equal([false, true, true], seated.Select(r => r.Contains(late)));
        Assert.Equal([true, true, false], seated.Select(r => r.Contains(early)));
        Assert.All(seated, r => Assert.Equal(r.Count, r.Distinct().Count()));
        Assert.All(people.Except([late, early]), p => Assert.All(seated, r => Assert.Contains(p, r)));
    }
}
