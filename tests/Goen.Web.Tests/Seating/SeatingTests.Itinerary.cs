using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Seating;

/// <summary>An attendee's own itinerary: from the event page when signed in, by the signed link without an account, and nobody else's.</summary>
public abstract partial class SeatingTests
{
    [Theory]
    [InlineData("en", "Round", "At your table")]
    [InlineData("ja", "ラウンド", "同じテーブルの人")]
    public async Task Itinerary_SignedInAttendee_SeesTheirTablesAndOnlyWhatTableMatesShare(string language, string round, string mates)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Itinerary Organizer");
        var (eventId, link) = await EventWithAttendeesAsync(organizer);
        using var ann = await Visitor.SignUpAsync(app, "Ann Attendee", language);
        await ann.RegisterAsync(link);
        using var bob = await Visitor.SignUpAsync(app, "Bob Attendee");
        await bob.SaveProfileAsync(new() { ["Input.Offers"] = "BobSharedOffer", ["Input.Needs"] = "BobPrivateNeed", ["Input.NeedsVisibility"] = "OnlyMe" });
        await bob.RegisterAsync(link);
        var people = await AttendingAsync(eventId);
        var (annId, bobId) = (people[^2], people[^1]);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 2, tableSize = 4, pins = new[] { new { personId = annId, table = 2 }, new { personId = bobId, table = 2 } }, timeLimitSeconds = 0.5 });
        var plan = await DoneAsync(organizer, eventId, planId);
        var details = await ann.GetAsync($"/Events/Details/{eventId}");

        var page = await ann.GetAsync(details.Attr("itinerary-link", "href")!);
        var rounds = page.All("itinerary-round");
        var expectedMates = plan.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("tables")[1].GetProperty("personIds").GetArrayLength() - 1).ToList();

        Assert.Equal(["2", "2"], rounds.Select(r => r.GetAttribute("data-table")));
        Assert.Equal(expectedMates, rounds.Select(r => r.QuerySelectorAll("[data-test=mate]").Length));
        Assert.All(rounds, r => Assert.Contains("Bob Attendee", r.TextContent, StringComparison.Ordinal));
        Assert.Contains("BobSharedOffer", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("BobPrivateNeed", page.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ann Attendee", string.Concat(page.All("mate-name").Select(m => m.TextContent)), StringComparison.Ordinal);
        Assert.Contains(round, rounds[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(mates, rounds[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Itinerary_SignedLink_OpensThatPersonsOwnWithoutAnAccount_AndForgedOrOtherEventLinksAre404()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var (otherEventId, _) = await organizer.CreateEventAsync("Other mixer");
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 2, tableSize = 4, timeLimitSeconds = 0.5 });
        await DoneAsync(organizer, eventId, planId);
        var imported = people[1];
        var links = app.Services.GetRequiredService<SeatingLinks>();
        var token = links.Token(eventId, imported);
        var name = (await organizer.GetAsync($"/People/Details/{imported}")).TextOf("person-name").Trim();
        using var anonymous = new Visitor(app, "ja");

        var own = await anonymous.GetAsync($"/Seating/Itinerary/{eventId}?t={Uri.EscapeDataString(token)}");
        var altered = await anonymous.GetAsync($"/Seating/Itinerary/{eventId}?t={Uri.EscapeDataString(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1])}", HttpStatusCode.NotFound);
        var otherEvent = await anonymous.GetAsync($"/Seating/Itinerary/{otherEventId}?t={Uri.EscapeDataString(token)}", HttpStatusCode.NotFound);
        var forOtherEvent = await anonymous.GetAsync($"/Seating/Itinerary/{eventId}?t={Uri.EscapeDataString(links.Token(otherEventId, imported))}", HttpStatusCode.NotFound);
        var notAttending = await anonymous.GetAsync($"/Seating/Itinerary/{otherEventId}?t={Uri.EscapeDataString(links.Token(otherEventId, imported))}", HttpStatusCode.NotFound);
        using var noToken = await anonymous.Client.GetAsync(new Uri($"/Seating/Itinerary/{eventId}", UriKind.Relative));

        Assert.Contains(name, own.TextOf("itinerary-name"), StringComparison.Ordinal);
        Assert.Equal(2, own.All("itinerary-round").Count);
        Assert.All([altered, otherEvent, forOtherEvent, notAttending], p => Assert.True(p.Has("itinerary-bad-link")));
        Assert.Contains("リンク", altered.TextOf("itinerary-bad-link"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, noToken.StatusCode);
        Assert.StartsWith("/Account/SignIn", noToken.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Itinerary_SomeoneNotAttending_IsNotFound_AndBeforeAPlanSaysSo()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, link) = await EventWithAttendeesAsync(organizer);
        var (otherEventId, _) = await organizer.CreateEventAsync("Not yours");
        using var attendee = await Visitor.SignUpAsync(app, "Early Attendee");
        await attendee.RegisterAsync(link);

        var before = await attendee.GetAsync($"/Seating/Itinerary/{eventId}");
        await attendee.GetAsync($"/Seating/Itinerary/{otherEventId}", HttpStatusCode.NotFound);
        using var stranger = await Visitor.SignUpAsync(app);
        await stranger.GetAsync($"/Seating/Itinerary/{eventId}", HttpStatusCode.NotFound);

        Assert.True(before.Has("itinerary-none"));
        Assert.Empty(before.All("itinerary-round"));
    }

    [Fact]
    public async Task Handouts_EverySeatedAttendeesSheet_CarriesTheLinkThatOpensTheirOwnItinerary()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 3, tableSize = 4, timeLimitSeconds = 0.5 });
        await DoneAsync(organizer, eventId, planId);
        var print = await organizer.GetAsync($"/Seating/Print/{eventId}/{planId}");
        using var anonymous = new Visitor(app);

        var handouts = await organizer.GetAsync(print.Attr("handouts-link", "href")!);
        var sheets = handouts.All("handout");
        var opened = new List<(string Sheet, string Page, int Rounds)>();
        foreach (var sheet in sheets)
        {
            var link = new Uri(sheet.QuerySelector("[data-test=handout-link]")!.GetAttribute("href")!);
            var page = await anonymous.GetAsync(link.PathAndQuery);
            opened.Add((sheet.QuerySelector("[data-test=handout-name]")!.TextContent, page.TextOf("itinerary-name"), page.All("itinerary-round").Count));
        }

        Assert.Equal(people.Count, sheets.Count);
        Assert.All(sheets, s => Assert.StartsWith("data:image/svg+xml;base64,", s.QuerySelector("[data-test=handout-qr]")!.GetAttribute("src"), StringComparison.Ordinal));
        Assert.All(opened, o => Assert.Contains(o.Sheet, o.Page, StringComparison.Ordinal));
        Assert.All(opened, o => Assert.Equal(3, o.Rounds));
    }

    [Theory]
    [InlineData("en", "is not an itinerary")]
    [InlineData("ja", "席次表のものではありません")]
    public async Task Scan_TypedItineraryLinkOrCode_ChecksThatPersonIn_AndAnyOtherCodeIsRefusedWithNothingChanged(string language, string refusal)
    {
        using var organizer = await Visitor.SignUpAsync(app, "Door Organizer", language);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var (otherEventId, _) = await organizer.CreateEventAsync("Other door");
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 2, tableSize = 4, timeLimitSeconds = 0.5 });
        await DoneAsync(organizer, eventId, planId);
        var links = app.Services.GetRequiredService<SeatingLinks>();
        var handouts = await organizer.GetAsync($"/Seating/Handouts/{eventId}/{planId}");
        var first = handouts.All("handout")[0];
        var (name, link) = (first.QuerySelector("[data-test=handout-name]")!.TextContent, first.QuerySelector("[data-test=handout-link]")!.GetAttribute("href")!);
        var checkIn = await organizer.GetAsync($"/Seating/CheckIn/{eventId}");
        var scan = await organizer.GetAsync(checkIn.Attr("scan-link", "href")!);

        var byLink = await organizer.SubmitAndFollowAsync(scan, "[data-test=scan-form]", new() { ["code"] = link });
        var byToken = await organizer.SubmitAndFollowAsync(scan, "[data-test=scan-form]", new() { ["code"] = links.Token(eventId, people[2]) });
        using var otherEvent = await organizer.SubmitAsync(scan, "[data-test=scan-form]", new() { ["code"] = links.Token(otherEventId, people[3]) });
        using var forged = await organizer.SubmitAsync(scan, "[data-test=scan-form]", new() { ["code"] = link.Replace("t=", "t=x", StringComparison.Ordinal) });
        var refused = await Visitor.ParseAsync(await forged.Content.ReadAsStringAsync());

        Assert.Contains(name, byLink.TextOf("scan-done"), StringComparison.Ordinal);
        Assert.True(byToken.Has("scan-done"));
        Assert.True(await IsCheckedInAsync(eventId, people[2]));
        Assert.Equal(System.Net.HttpStatusCode.OK, otherEvent.StatusCode);
        Assert.Contains(refusal, refused.TextOf("problems"), StringComparison.Ordinal);
        Assert.False(await IsCheckedInAsync(eventId, people[3]));
        Assert.Equal(2, (await organizer.GetAsync($"/Seating/CheckIn/{eventId}")).All("checkin-row").Count(r => r.GetAttribute("data-here") == "true"));
    }
}
