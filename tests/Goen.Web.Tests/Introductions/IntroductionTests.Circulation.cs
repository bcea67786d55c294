using System.Net;

namespace Goen.Web.Tests.Introductions;

/// <summary>The circulation view: mine, and an event organizer's, counting only introductions that were made.</summary>
public abstract partial class IntroductionTests
{
    [Fact]
    public async Task Circulation_AfterAMadeIntroductionWithAnOutcome_CountsItForTheIntroducerTheSidesAndTheOrganizer()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        using var sideA = await Visitor.SignUpAsync(app, "Side A");
        using var sideB = await Visitor.SignUpAsync(app, "Side B");
        using var otherOrganizer = await Visitor.SignUpAsync(app, "Other Organizer");
        var (id, eventId) = await AskedBetweenUsersAsync(me, sideA, sideB);
        foreach (var ask in await MailsAsync(id, "introduction.ask"))
        {
            await AnswerAsync(LinkIn(ask.TextBody), "yes");
        }

        using (await sideB.Client.PostAsync(new Uri($"/api/introductions/{id}/outcome", UriKind.Relative), JsonContent("{\"outcome\":\"workedTogether\"}")))
        {
        }

        var mine = await GetAsync(me, "/api/circulation");
        var asSide = await GetAsync(sideA, "/api/circulation");
        var organizer = await GetAsync(me, $"/api/events/{eventId}/circulation");
        using var notTheirs = await otherOrganizer.Client.GetAsync(new Uri($"/api/events/{eventId}/circulation", UriKind.Relative));
        var page = await me.GetAsync("/Circulation");
        var eventPage = await me.GetAsync($"/Events/Circulation/{eventId}");

        Assert.Equal(1, mine.GetProperty("counts").GetProperty("made").GetInt32());
        Assert.Equal(1, mine.GetProperty("counts").GetProperty("workedTogether").GetInt32());
        Assert.Equal("workedTogether", Assert.Single(mine.GetProperty("edges").EnumerateArray()).GetProperty("outcome").GetString());
        var edge = Assert.Single(asSide.GetProperty("edges").EnumerateArray());
        Assert.True(edge.GetProperty("a").GetString() == "me" || edge.GetProperty("b").GetString() == "me");
        Assert.Contains(asSide.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("label").GetString() == "Introducer");
        Assert.Equal(1, organizer.GetProperty("counts").GetProperty("accepted").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal("1", page.TextOf("count-work"));
        Assert.NotNull(page.QuerySelector("[data-test=circulation-svg] svg[role=img]"));
        Assert.Equal("1", eventPage.TextOf("count-made"));
    }

    [Fact]
    public async Task EventCirculation_AskedOrDeclinedIntroductions_NeverShowToTheOrganizer()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        using var sideA = await Visitor.SignUpAsync(app, "Side A");
        using var sideB = await Visitor.SignUpAsync(app, "Side B");
        var (id, eventId) = await AskedBetweenUsersAsync(me, sideA, sideB, noteToA: "private-note-A");
        var asked = await GetAsync(me, $"/api/events/{eventId}/circulation");
        await AnswerAsync(LinkIn((await MailsAsync(id, "introduction.ask")).Single(m => m.ToAddress == sideA.Email).TextBody), "no");

        var declined = await me.Client.GetStringAsync(new Uri($"/api/events/{eventId}/circulation", UriKind.Relative));
        var mine = await GetAsync(me, "/api/circulation");

        Assert.Equal(0, asked.GetProperty("counts").GetProperty("made").GetInt32());
        Assert.Empty(asked.GetProperty("edges").EnumerateArray());
        Assert.Contains("\"made\":0", declined, StringComparison.Ordinal);
        Assert.DoesNotContain("private-note-A", declined, StringComparison.Ordinal);
        Assert.False(Assert.Single(mine.GetProperty("edges").EnumerateArray()).GetProperty("accepted").GetBoolean());
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
