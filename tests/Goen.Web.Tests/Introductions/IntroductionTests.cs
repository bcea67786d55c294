using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Goen.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Introductions;

/// <summary>
/// Introductions with the double opt-in, through the API and the pages: draft, ask, one-tap answers from the links
/// in the queued mails, the introduction to both, outcomes and thanks; and what each person may see.
/// </summary>
public abstract partial class IntroductionTests(GoenWebFactory app)
{
    [Fact]
    public async Task Introduce_BothSidesSayYesThroughTheirLinks_IntroducedAndEachGetsTheOthersSharedDetails()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "Cafe Owner", "cafe@example.test", "a new website");
        var b = await ContactAsync(me, "Web Maker", "web@example.test", null, "websites for shops");

        var created = await PostAsync(me, "/api/introductions", new { a = new { contactId = a }, b = new { contactId = b } });
        var id = created.GetProperty("id").GetInt32();
        var asked = await PostAsync(me, $"/api/introductions/{id}/ask", new { });
        var asks = await MailsAsync(id, "introduction.ask");
        await AnswerAsync(LinkIn(asks.Single(m => m.ToAddress == "cafe@example.test").TextBody), "yes", reach: "LINE: cafe123");
        var oneYes = await GetAsync(me, $"/api/introductions/{id}");
        await AnswerAsync(LinkIn(asks.Single(m => m.ToAddress == "web@example.test").TextBody), "yes");
        var done = await GetAsync(me, $"/api/introductions/{id}");
        var made = await MailsAsync(id, "introduction.made");

        Assert.Equal("draft", created.GetProperty("state").GetString());
        Assert.Equal("asked", asked.GetProperty("state").GetString());
        Assert.Equal(2, asks.Count);
        Assert.Equal("oneAccepted", oneYes.GetProperty("state").GetString());
        Assert.Equal("introduced", done.GetProperty("state").GetString());
        Assert.All(done.GetProperty("sides").EnumerateArray(), s => Assert.Equal("yes", s.GetProperty("answer").GetString()));
        var toWeb = made.Single(m => m.ToAddress == "web@example.test").TextBody;
        var toCafe = made.Single(m => m.ToAddress == "cafe@example.test").TextBody;
        Assert.Contains("cafe@example.test", toWeb, StringComparison.Ordinal);
        Assert.Contains("LINE: cafe123", toWeb, StringComparison.Ordinal);
        Assert.Contains("web@example.test", toCafe, StringComparison.Ordinal);
        Assert.DoesNotContain("cafe@example.test", toCafe, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_DefaultNotes_SayWhyInEachSidesLanguage()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "山田 花子", "hanako@example.test", "経理を任せたい");
        var b = await ContactAsync(me, "Tax Helper", "tax@example.test", null, "経理 代行, bookkeeping");

        var created = await PostAsync(me, "/api/introductions", new { a = new { contactId = a }, b = new { contactId = b } });
        var sides = created.GetProperty("sides").EnumerateArray().ToList();

        Assert.Contains("Tax Helperさんをご紹介", sides[0].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("経理", sides[0].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("I'd like to introduce you to 山田 花子", sides[1].GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_IsClosedForTheOtherSide_WhoIsNeverToldWho()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        using var sideA = await Visitor.SignUpAsync(app, "Side A");
        using var sideB = await Visitor.SignUpAsync(app, "Side B");
        var (id, _) = await AskedBetweenUsersAsync(me, sideA, sideB);
        var asks = await MailsAsync(id, "introduction.ask");

        await AnswerAsync(LinkIn(asks.Single(m => m.ToAddress == sideA.Email).TextBody), "yes");
        await AnswerAsync(LinkIn(asks.Single(m => m.ToAddress == sideB.Email).TextBody), "no");
        var asA = await GetAsync(sideA, $"/api/introductions/{id}");
        var asIntroducer = await GetAsync(me, $"/api/introductions/{id}");

        Assert.Equal("closed", asA.GetProperty("state").GetString());
        var other = asA.GetProperty("sides").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Side B");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("answer").ValueKind);
        Assert.Equal(JsonValueKind.Null, other.GetProperty("note").ValueKind);
        Assert.Equal("declined", asIntroducer.GetProperty("state").GetString());
        Assert.Empty(await MailsAsync(id, "introduction.made"));
    }

    [Fact]
    public async Task Privacy_EachSideSeesOnlyTheNoteToThem_AndStrangersSeeNothing()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        using var sideA = await Visitor.SignUpAsync(app, "Side A");
        using var sideB = await Visitor.SignUpAsync(app, "Side B");
        using var stranger = await Visitor.SignUpAsync(app, "Stranger");
        var (id, _) = await AskedBetweenUsersAsync(me, sideA, sideB, noteToA: "secret-note-for-A", noteToB: "secret-note-for-B");

        var asA = await sideA.Client.GetStringAsync(new Uri($"/api/introductions/{id}", UriKind.Relative));
        var pageA = await sideA.Client.GetStringAsync(new Uri($"/Introductions/Details/{id}", UriKind.Relative));
        using var strangerApi = await stranger.Client.GetAsync(new Uri($"/api/introductions/{id}", UriKind.Relative));
        using var strangerPage = await stranger.Client.GetAsync(new Uri($"/Introductions/Details/{id}", UriKind.Relative));
        var strangerList = await stranger.Client.GetStringAsync(new Uri("/api/introductions", UriKind.Relative));

        Assert.Contains("secret-note-for-A", asA, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-note-for-B", asA, StringComparison.Ordinal);
        Assert.Contains("secret-note-for-A", pageA, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-note-for-B", pageA, StringComparison.Ordinal);
        Assert.DoesNotContain(sideB.Email, asA, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, strangerApi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerPage.StatusCode);
        Assert.Equal("[]", strangerList);
    }

    [Fact]
    public async Task Links_ForgedReplayedSwappedOrExpired_ShowAClearPageAndChangeNothing()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "Link A", "link-a@example.test");
        var b = await ContactAsync(me, "Link B", "link-b@example.test");
        var id = (await PostAsync(me, "/api/introductions", new { a = new { contactId = a }, b = new { contactId = b } })).GetProperty("id").GetInt32();
        await PostAsync(me, $"/api/introductions/{id}/ask", new { });
        var asks = await MailsAsync(id, "introduction.ask");
        var linkA = LinkIn(asks.Single(m => m.ToAddress == "link-a@example.test").TextBody);
        var token = linkA[(linkA.IndexOf("?t=", StringComparison.Ordinal) + 3)..];
        using var anonymous = new Visitor(app);

        var forged = await anonymous.GetAsync($"/Introductions/Answer/{id}/a?t={token[..^4]}AAAA", HttpStatusCode.NotFound);
        var swapped = await anonymous.GetAsync($"/Introductions/Answer/{id}/b?t={token}", HttpStatusCode.NotFound);
        var otherIntroduction = await anonymous.GetAsync($"/Introductions/Answer/{id + 1000}/a?t={token}", HttpStatusCode.NotFound);
        await AnswerAsync(linkA, "yes");
        var replayed = await AnswerAsync(linkA, "no");
        var state = await GetAsync(me, $"/api/introductions/{id}");

        Assert.Equal("bad", forged.Attr("answer-result", "data-result"));
        Assert.Equal("bad", swapped.Attr("answer-result", "data-result"));
        Assert.Equal("bad", otherIntroduction.Attr("answer-result", "data-result"));
        Assert.Equal("answered", replayed.Attr("answer-result", "data-result"));
        Assert.Equal("oneAccepted", state.GetProperty("state").GetString());
        Assert.Equal("yes", state.GetProperty("sides")[0].GetProperty("answer").GetString());

        // Past the deadline: the link says so and nothing changes.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
            var row = await db.Introductions.SingleAsync(i => i.Id == id);
            row.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        var linkB = LinkIn(asks.Single(m => m.ToAddress == "link-b@example.test").TextBody);
        var expired = await AnswerAsync(linkB, "yes");
        Assert.Equal("expired", expired.Attr("answer-result", "data-result"));
        Assert.Equal("expired", (await GetAsync(me, $"/api/introductions/{id}")).GetProperty("state").GetString());
        Assert.Empty(await MailsAsync(id, "introduction.made"));
    }

    [Fact]
    public async Task OpeningTheLink_AnswersNothing_OnlyTheFormPostDoes()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "Scanner A", "scan-a@example.test");
        var b = await ContactAsync(me, "Scanner B", "scan-b@example.test");
        var id = (await PostAsync(me, "/api/introductions", new { a = new { contactId = a }, b = new { contactId = b } })).GetProperty("id").GetInt32();
        await PostAsync(me, $"/api/introductions/{id}/ask", new { });
        var link = LinkIn((await MailsAsync(id, "introduction.ask"))[0].TextBody);

        using var prefetch1 = await app.CreateClient().GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        using var prefetch2 = await app.CreateClient().GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        var state = await GetAsync(me, $"/api/introductions/{id}");

        Assert.Equal(HttpStatusCode.OK, prefetch1.StatusCode);
        Assert.Equal("asked", state.GetProperty("state").GetString());
        Assert.All(state.GetProperty("sides").EnumerateArray(), s => Assert.Equal("none", s.GetProperty("answer").GetString()));
    }

    [Fact]
    public async Task OutcomeAndThanks_FromASideUserAndTheIntroducer_AreRecordedAndSeenByTheIntroducer()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        using var sideA = await Visitor.SignUpAsync(app, "Side A");
        using var sideB = await Visitor.SignUpAsync(app, "Side B");
        var (id, _) = await AskedBetweenUsersAsync(me, sideA, sideB);
        var asks = await MailsAsync(id, "introduction.ask");
        using var early = await sideA.Client.PostAsJsonAsync(new Uri($"/api/introductions/{id}/outcome", UriKind.Relative), new { outcome = "met" });
        foreach (var ask in asks)
        {
            await AnswerAsync(LinkIn(ask.TextBody), "yes");
        }

        using var outcome = await sideA.Client.PostAsJsonAsync(new Uri($"/api/introductions/{id}/outcome", UriKind.Relative), new { outcome = "workedTogether" });
        using var bad = await sideA.Client.PostAsJsonAsync(new Uri($"/api/introductions/{id}/outcome", UriKind.Relative), new { outcome = "sold" });
        using var thanks = await sideA.Client.PostAsJsonAsync(new Uri($"/api/introductions/{id}/thanks", UriKind.Relative), new { note = "ありがとうございました！" });
        using var introducerThanks = await me.Client.PostAsJsonAsync(new Uri($"/api/introductions/{id}/thanks", UriKind.Relative), new { note = "self-thanks" });
        using var mine = await me.Client.PostAsJsonAsync(new Uri($"/api/introductions/{id}/outcome", UriKind.Relative), new { outcome = "met" });
        var seen = await GetAsync(me, $"/api/introductions/{id}");
        var page = await me.GetAsync($"/Introductions/Details/{id}");

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, outcome.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, thanks.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, introducerThanks.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, mine.StatusCode);
        Assert.Equal("workedTogether", seen.GetProperty("outcome").GetString());
        Assert.Equal("ありがとうございました！", seen.GetProperty("sides")[0].GetProperty("thanks").GetString());
        Assert.Equal("ありがとうございました！", page.TextOf("thanks-a"));
    }

    [Fact]
    public async Task FollowUpLink_InTheIntroductionMail_RecordsOutcomeAndThanksWithoutSignIn()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "Follow A", "follow-a@example.test");
        var b = await ContactAsync(me, "Follow B", "follow-b@example.test");
        var id = (await PostAsync(me, "/api/introductions", new { a = new { contactId = a }, b = new { contactId = b } })).GetProperty("id").GetInt32();
        await PostAsync(me, $"/api/introductions/{id}/ask", new { });
        foreach (var ask in await MailsAsync(id, "introduction.ask"))
        {
            await AnswerAsync(LinkIn(ask.TextBody), "yes");
        }

        var followUp = LinkIn((await MailsAsync(id, "introduction.made")).Single(m => m.ToAddress == "follow-b@example.test").TextBody);
        using var anonymous = new Visitor(app);
        var form = await anonymous.GetAsync(new Uri(followUp).PathAndQuery);
        var saved = await anonymous.SubmitAndFollowAsync(form, "[data-test=followup-form]", new() { ["outcome"] = "Met", ["thanks"] = "Thank you, Introducer!" });
        var answerLinkAsFollowUp = await anonymous.GetAsync(new Uri(followUp).PathAndQuery.Replace("/FollowUp/", "/Answer/", StringComparison.Ordinal), HttpStatusCode.NotFound);
        var seen = await GetAsync(me, $"/api/introductions/{id}");

        Assert.True(saved.Has("followup-saved"));
        Assert.Equal("bad", answerLinkAsFollowUp.Attr("answer-result", "data-result"));
        Assert.Equal("met", seen.GetProperty("sides")[1].GetProperty("outcome").GetString());
        Assert.Equal("Thank you, Introducer!", seen.GetProperty("sides")[1].GetProperty("thanks").GetString());
    }

    [Fact]
    public async Task Create_SamePersonSelfOrSomeoneElsesContact_IsRefusedAndSavesNothing()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        using var other = await Visitor.SignUpAsync(app, "Other");
        var mine = await ContactAsync(me, "Mine", null);
        var theirs = await ContactAsync(other, "Theirs", null);

        using var same = await me.Client.PostAsJsonAsync(new Uri("/api/introductions", UriKind.Relative), new { a = new { contactId = mine }, b = new { contactId = mine } });
        using var notMine = await me.Client.PostAsJsonAsync(new Uri("/api/introductions", UriKind.Relative), new { a = new { contactId = mine }, b = new { contactId = theirs } });
        using var missing = await me.Client.PostAsJsonAsync(new Uri("/api/introductions", UriKind.Relative), new { a = new { contactId = mine }, b = new { } });
        using var tooLong = await me.Client.PostAsJsonAsync(new Uri("/api/introductions", UriKind.Relative), new { a = new { contactId = mine }, b = new { contactId = mine }, noteToA = new string('x', 4001) });

        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("[]", await me.Client.GetStringAsync(new Uri("/api/introductions", UriKind.Relative)));
    }

    [Fact]
    public async Task AskTwice_Is409AndQueuesNoSecondAsk()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "Twice A", "twice-a@example.test");
        var b = await ContactAsync(me, "Twice B", null);
        var id = (await PostAsync(me, "/api/introductions", new { a = new { contactId = a }, b = new { contactId = b } })).GetProperty("id").GetInt32();

        await PostAsync(me, $"/api/introductions/{id}/ask", new { answerDays = 7 });
        using var again = await me.Client.PostAsJsonAsync(new Uri($"/api/introductions/{id}/ask", UriKind.Relative), new { });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await MailsAsync(id, "introduction.ask"));
    }

    private static async Task<JsonElement> PostAsync(Visitor visitor, string url, object body)
    {
        using var response = await visitor.Client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<JsonElement> GetAsync(Visitor visitor, string url) =>
        visitor.Client.GetFromJsonAsync<JsonElement>(new Uri(url, UriKind.Relative));

    /// <summary>Logs a contact and sets its e-mail and what they need or offer.</summary>
    private static async Task<int> ContactAsync(Visitor me, string name, string? email, string? needs = null, string? offers = null)
    {
        var encounter = await PostAsync(me, "/api/encounters", new { name, theyNeed = needs, theyOffer = offers });
        var id = encounter.GetProperty("contactId").GetInt32();
        if (email is not null)
        {
            using var put = await me.Client.PutAsJsonAsync(new Uri($"/api/contacts/{id}", UriKind.Relative), new { name, emails = new[] { email }, theyNeed = needs, theyOffer = offers });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        return id;
    }

    /// <summary>Three Goen users at one event; the introducer introduces the other two and asks.</summary>
    private static async Task<(int Id, int EventId)> AskedBetweenUsersAsync(Visitor me, Visitor a, Visitor b, string? noteToA = null, string? noteToB = null)
    {
        var (eventId, link) = await me.CreateEventAsync();
        await a.RegisterAsync(link);
        await b.RegisterAsync(link);
        var attendees = await GetAsync(me, $"/api/events/{eventId}/attendees");
        int PersonOf(string name) => attendees.GetProperty("attendees").EnumerateArray()
            .Single(x => x.GetProperty("profile").GetProperty("name").GetString() == name).GetProperty("profile").GetProperty("personId").GetInt32();
        var created = await PostAsync(me, "/api/introductions", new { a = new { personId = PersonOf("Side A") }, b = new { personId = PersonOf("Side B") }, noteToA, noteToB, eventId });
        var id = created.GetProperty("id").GetInt32();
        await PostAsync(me, $"/api/introductions/{id}/ask", new { });
        return (id, eventId);
    }

    /// <summary>The mails of one kind queued for an introduction (matched by the introduction's links in them).</summary>
    private async Task<List<Goen.Data.Mail.OutboxMail>> MailsAsync(int id, string kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        var mails = await db.OutboxMails.AsNoTracking().Where(m => m.Kind == kind).ToListAsync();
        return [.. mails.Where(m => m.TextBody.Contains($"/Introductions/", StringComparison.Ordinal) && Regex.IsMatch(m.TextBody, $"/Introductions/(Answer|FollowUp)/{id}/"))];
    }

    /// <summary>The absolute link in a mail body.</summary>
    private static string LinkIn(string body) => LinkPattern().Match(body).Value;

    /// <summary>Opens an answer link as someone with no account and answers with one tap.</summary>
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> AnswerAsync(string link, string answer, string? reach = null)
    {
        using var anonymous = new Visitor(app);
        var path = new Uri(link).PathAndQuery;
        var page = await anonymous.GetAsync(path);
        if (page.Has("answer-result"))
        {
            return page;
        }

        var values = reach is null ? new Dictionary<string, string>() : new() { ["reach"] = reach };
        return await anonymous.SubmitAndFollowAsync(page, "[data-test=answer-form]", values, $"[data-test=answer-{answer}]");
    }

    [GeneratedRegex(@"https?://\S+/Introductions/(Answer|FollowUp)/\S+")]
    private static partial Regex LinkPattern();
}

public sealed class SqliteIntroductionTests(SqliteApp app) : IntroductionTests(app);

public sealed class PostgresIntroductionTests(PostgresApp app) : IntroductionTests(app);
