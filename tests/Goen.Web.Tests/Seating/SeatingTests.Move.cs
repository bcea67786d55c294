using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Goen.Web.Tests.Seating;

/// <summary>Moving a person by hand on the plan page: see what it does, then keep it (by the plan's version) or leave it.</summary>
public abstract partial class SeatingTests
{
    [Theory]
    [InlineData("en", "The plan changed since you looked")]
    [InlineData("ja", "確認した後に席次が変わりました")]
    public async Task Move_SwapPreviewedThenKept_SavesWhatThePreviewSaid_AndAStalePreviewIsRefused(string language, string conflict)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Move Organizer", language);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 3, tableSize = 4, timeLimitSeconds = 0.5 });
        var before = await DoneAsync(organizer, eventId, planId);
        var (a, b) = (PersonAt(before, 1, 0), PersonAt(before, 1, 1));
        var elsewhere = before.GetProperty("rounds")[2].GetProperty("tables")[0].GetProperty("personIds").EnumerateArray().Any(p => p.GetInt32() == a) ? "t2" : "t1";
        var show = await organizer.GetAsync($"/Seating/Show/{eventId}/{planId}");

        var preview = await SubmitPageAsync(organizer, show, "[data-test=move-form]", new() { ["Move.Person"] = a.ToString(Inv), ["Move.Round"] = "2", ["Move.To"] = "p" + b.ToString(Inv) });
        var unchanged = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");
        var stalePreview = await SubmitPageAsync(organizer, show, "[data-test=move-form]", new() { ["Move.Person"] = a.ToString(Inv), ["Move.Round"] = "3", ["Move.To"] = elsewhere });
        var kept = await organizer.SubmitAndFollowAsync(preview, "[data-test=keep-form]", []);
        var after = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");
        var stale = await SubmitPageAsync(organizer, stalePreview, "[data-test=keep-form]", []);
        var afterStale = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");

        Assert.Equal(before.GetProperty("rounds").ToString(), unchanged.GetProperty("rounds").ToString());
        Assert.Equal(before.GetProperty("repeats").GetInt32().ToString(Inv), preview.Attr("move-preview", "data-repeats-before"));
        Assert.Equal(2, preview.All("move-table").Count);
        Assert.True(kept.Has("move-kept"));
        Assert.Equal(b, PersonAt(after, 1, 0));
        Assert.Equal(a, PersonAt(after, 1, 1));
        Assert.Equal(before.GetProperty("rounds")[0].ToString(), after.GetProperty("rounds")[0].ToString());
        Assert.Equal(preview.Attr("move-preview", "data-repeats-after"), after.GetProperty("repeats").GetInt32().ToString(Inv));
        await AssertValidAsync(planId, after, people, []);
        Assert.Contains(conflict, stale.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal(after.GetProperty("rounds").ToString(), afterStale.GetProperty("rounds").ToString());
    }

    [Theory]
    [InlineData("en", "already sits at that table", "would seat")]
    [InlineData("ja", "すでにそのテーブルにいます", "人になります")]
    public async Task Move_ToTheTableTheyAreAt_IsRefusedInTheirLanguage_AndAnOverfullTableIsShownAsBreakingTheRules(string language, string refusal, string overfullWords)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Move Organizer", language);
        var (eventId, link) = await EventWithAttendeesAsync(organizer);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 2, tableSize = 4, timeLimitSeconds = 0.5 });
        var plan = await DoneAsync(organizer, eventId, planId);
        var person = PersonAt(plan, 0, 0);
        var biggest = plan.GetProperty("rounds")[0].GetProperty("tables").EnumerateArray().Select((t, i) => (i, t.GetProperty("personIds").GetArrayLength())).MaxBy(t => t.Item2).i;
        var mover = PersonAt(plan, 0, biggest == 0 ? 1 : 0);
        var show = await organizer.GetAsync($"/Seating/Show/{eventId}/{planId}");
        using var attendee = await Visitor.SignUpAsync(app, "Attendee Moving");
        await attendee.RegisterAsync(link);
        var token = await attendee.AntiforgeryTokenAsync($"/Events/Details/{eventId}");

        var same = await SubmitPageAsync(organizer, show, "[data-test=move-form]", new() { ["Move.Person"] = person.ToString(Inv), ["Move.Round"] = "1", ["Move.To"] = "t1" });
        var overfull = await SubmitPageAsync(organizer, show, "[data-test=move-form]", new() { ["Move.Person"] = mover.ToString(Inv), ["Move.Round"] = "1", ["Move.To"] = "t" + (biggest + 1).ToString(Inv) });
        using var byAttendee = await attendee.Client.PostAsync(
            new Uri($"/Seating/Show/{eventId}/{planId}?handler=Keep", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Move.Person"] = mover.ToString(Inv), ["Move.Round"] = "1", ["Move.To"] = "t" + (biggest + 1).ToString(Inv), ["Move.Version"] = "0" }));
        var afterAll = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");

        Assert.Contains(refusal, same.TextOf("problems"), StringComparison.Ordinal);
        Assert.False(same.Has("move-preview"));
        Assert.True(overfull.Has("move-breaks"));
        Assert.Contains(overfullWords, overfull.TextOf("move-break"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byAttendee.StatusCode);
        Assert.Equal(plan.GetProperty("rounds").ToString(), afterAll.GetProperty("rounds").ToString());
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static int PersonAt(JsonElement plan, int round, int table) =>
        plan.GetProperty("rounds")[round].GetProperty("tables")[table].GetProperty("personIds")[0].GetInt32();

    /// <summary>Submits a form whose answer is the page itself (no redirect), and parses it.</summary>
    private static async Task<IHtmlDocument> SubmitPageAsync(Visitor visitor, IHtmlDocument page, string form, Dictionary<string, string> values)
    {
        using var response = await visitor.SubmitAsync(page, form, values);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{form}: {(int)response.StatusCode}");
        return await Visitor.ParseAsync(await response.Content.ReadAsStringAsync());
    }
}
