using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Goen.Web.Tests.Seating;

/// <summary>
/// Between rounds an organizer learns "X must leave after round 2": the re-plan (API and page) takes the plan request's
/// presence lines, seats such people only in the rounds they are there for, and refuses lines that contradict the
/// re-plan with nothing saved.
/// </summary>
public abstract partial class SeatingTests
{
    [Fact]
    public async Task ReplanApi_SomeoneLeavingEarly_IsSeatedOnlyUntilTheyLeave_AndThePlanPassesTheChecker()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 4, tableSize = 4, timeLimitSeconds = 1 });
        var before = await DoneAsync(organizer, eventId, planId);
        var (leaving, absent) = (people[2], people[0]);

        var after = await PostAsync(organizer, $"/api/events/{eventId}/plans/{planId}/replan", new
        {
            fromRound = 2,
            absent = new[] { absent },
            walkIns = Array.Empty<object>(),
            presence = new[] { new { personId = leaving, untilRound = 3 } },
        });
        var report = PlanVerdict.Check((await RowAsync(planId)).PlanJson!, after);

        Assert.True(report.IsValid, string.Join("\n", report.Violations));
        Assert.Equal(report.Repeats, after.GetProperty("repeats").GetInt32());
        Assert.Equal(before.GetProperty("rounds")[0].ToString(), after.GetProperty("rounds")[0].ToString());
        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(r => PlanVerdict.SeatedIn(after, r).Contains(leaving)));
        Assert.Equal([true, false, false, false], Enumerable.Range(0, 4).Select(r => PlanVerdict.SeatedIn(after, r).Contains(absent)));
        Assert.All(Enumerable.Range(1, 2), r => Assert.Equal(people.Except([absent]).Order(), PlanVerdict.SeatedIn(after, r)));
    }

    [Fact]
    public async Task ReplanApi_PresenceThatContradictsTheReplan_Is400AndSavesNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 3, tableSize = 4, timeLimitSeconds = 0.5 });
        await DoneAsync(organizer, eventId, planId);
        var saved = (await RowAsync(planId)).PlanJson;

        using var absentAndPresent = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans/{planId}/replan"),
            new { fromRound = 2, absent = new[] { people[1] }, presence = new[] { new { personId = people[1], untilRound = 2 } } });
        using var goneBefore = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans/{planId}/replan"),
            new { fromRound = 3, presence = new[] { new { personId = people[1], untilRound = 2 } } });
        using var stranger = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans/{planId}/replan"),
            new { fromRound = 2, presence = new[] { new { personId = int.MaxValue, untilRound = 2 } } });

        Assert.Equal(HttpStatusCode.BadRequest, absentAndPresent.StatusCode);
        Assert.Contains("absent", await TitleAsync(absentAndPresent), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, goneBefore.StatusCode);
        Assert.Contains("re-plan has rounds 3 to 3", await TitleAsync(goneBefore), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Equal(saved, (await RowAsync(planId)).PlanJson);
        Assert.Empty(await WalkInNamesAsync(eventId));
    }

    [Theory]
    [InlineData("en", "tick them as not here instead")]
    [InlineData("ja", "組み直すのは3ラウンドから")]
    public async Task ReplanPage_SomeoneLeavingEarly_IsHonoured_AndALineEndingBeforeTheReplanIsRefused(string language, string refusal)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Replan Presence Organizer", language);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 4, tableSize = 4, timeLimitSeconds = 1 });
        await DoneAsync(organizer, eventId, planId);
        var leaving = people[4];
        var form = await organizer.GetAsync($"/Seating/Replan/{eventId}/{planId}");
        var savedBefore = (await RowAsync(planId)).PlanJson;

        using var refused = await organizer.SubmitAsync(form, "[data-test=replan-form]", new()
        {
            ["FromRound"] = "3", ["Absent"] = "", ["Presence[0].PersonId"] = leaving.ToString(Inv), ["Presence[0].UntilRound"] = "2",
        });
        var refusedPage = await Visitor.ParseAsync(await refused.Content.ReadAsStringAsync());
        var savedAfterRefusal = (await RowAsync(planId)).PlanJson;
        var replanned = await organizer.SubmitAndFollowAsync(form, "[data-test=replan-form]", new()
        {
            ["FromRound"] = "2", ["Absent"] = "", ["Presence[0].PersonId"] = leaving.ToString(Inv), ["Presence[0].UntilRound"] = "2",
        });
        var after = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");
        var report = PlanVerdict.Check((await RowAsync(planId)).PlanJson!, after);

        Assert.Equal(3, form.QuerySelectorAll("[data-test=presence-line]").Length);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(refusal, refusedPage.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal(savedBefore, savedAfterRefusal);
        Assert.Equal(4, replanned.All("round").Count);
        Assert.True(report.IsValid, string.Join("\n", report.Violations));
        Assert.Equal([true, true, false, false], Enumerable.Range(0, 4).Select(r => PlanVerdict.SeatedIn(after, r).Contains(leaving)));
    }

    private static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";
}
