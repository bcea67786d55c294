using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Pages;

/// <summary>Per-field visibility: what a co-attendee, a stranger and the engine's suggestions may show.</summary>
public abstract class PrivacyTests(GoenWebFactory app)
{
    [Fact]
    public async Task KeptAnswers_ImportingOrganizerSeesThem_CoAttendeeAndOtherOrganizerDoNot()
    {
        using var organizer = await Visitor.SignUpAsync(app, "Importer");
        var (id, link) = await organizer.CreateEventAsync();
        var upload = await organizer.GetAsync($"/Events/Import/{id}");
        var preview = await organizer.SubmitAndFollowAsync(upload, "[data-test=upload-form]", [], file: ("Upload", "connpass.csv", File.ReadAllBytes(Goen.Core.Tests.RepoFiles.Sample("connpass-participants.csv"))));
        (await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();
        var kimura = Assert.Single((await organizer.GetAsync($"/Events/Attendees/{id}")).All("attendee-name"), a => a.TextContent == "木村 健太").GetAttribute("href")!;
        using var coAttendee = await Visitor.SignUpAsync(app, "Co-attendee");
        await coAttendee.RegisterAsync(link);
        using var otherOrganizer = await Visitor.SignUpAsync(app, "Other organizer");
        await otherOrganizer.CreateEventAsync();

        var organizerView = await organizer.GetAsync(kimura);
        var coAttendeeView = await coAttendee.GetAsync(kimura);
        using var otherView = await otherOrganizer.Client.GetAsync(new Uri(kimura, UriKind.Relative));

        Assert.Contains("よろしくお願いします！", organizerView.TextOf("kept-answers"), StringComparison.Ordinal);
        Assert.Contains("一般枠", organizerView.TextOf("kept-answers"), StringComparison.Ordinal);
        Assert.Equal("木村 健太", coAttendeeView.TextOf("person-name"));
        Assert.False(coAttendeeView.Has("kept-answers"));
        Assert.DoesNotContain("よろしくお願いします！", coAttendeeView.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("一般枠", coAttendeeView.Body.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherView.StatusCode);
    }

    [Fact]
    public async Task KeptAnswers_OfOnesOwnRecord_AreShownToOneselfNotToCoAttendees()
    {
        using var person = await Visitor.SignUpAsync(app, "Answered A Form");
        await person.SaveProfileAsync(new() { ["Input.Offers"] = "bookkeeping" });
        var (_, link) = await person.CreateEventAsync();
        using var coAttendee = await Visitor.SignUpAsync(app, "Fellow");
        await coAttendee.RegisterAsync(link);
        int personId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Goen.Data.GoenDbContext>();
            var userId = await db.Users.Where(u => u.Email == person.Email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            var own = await db.People.SingleAsync(p => p.UserId == userId, TestContext.Current.CancellationToken);
            own.ExtraJson = "{\"How did you hear of us?\":\"A friend's post\"}";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            personId = own.Id;
        }

        var ownView = await person.GetAsync($"/People/Details/{personId}");
        var coAttendeeView = await coAttendee.GetAsync($"/People/Details/{personId}");

        Assert.Contains("A friend's post", ownView.TextOf("kept-answers"), StringComparison.Ordinal);
        Assert.Equal("bookkeeping", coAttendeeView.TextOf("offers"));
        Assert.False(coAttendeeView.Has("kept-answers"));
        Assert.DoesNotContain("A friend", coAttendeeView.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoAttendee_SeesSameEventFields_NotOnlyMeFieldsOrEmail()
    {
        using var owner = await Visitor.SignUpAsync(app, "Owner");
        await owner.SaveProfileAsync(new()
        {
            ["Input.Organization"] = "Shared Org",
            ["Input.Offers"] = "accounting help",
            ["Input.Needs"] = "private need",
            ["Input.NeedsVisibility"] = "OnlyMe",
            ["Input.Email"] = "owner@example.test",
        });
        var (id, link) = await owner.CreateEventAsync();
        using var guest = await Visitor.SignUpAsync(app, "Guest");
        await guest.RegisterAsync(link);

        var list = await guest.GetAsync($"/Events/Attendees/{id}");

        var card = Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "Owner");
        Assert.Equal("Shared Org", card.TextOf("organization"));
        Assert.Equal("accounting help", card.TextOf("offers"));
        Assert.False(card.Has("needs"));
        Assert.False(card.Has("email"));
        Assert.DoesNotContain("private need", list.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("owner@example.test", list.Body.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawnAttendee_OrganizerSeesNoSameEventFields_InListApiOrExport()
    {
        using var organizer = await Visitor.SignUpAsync(app, "Host");
        var (id, link) = await organizer.CreateEventAsync();
        using var guest = await Visitor.SignUpAsync(app, "Left Early");
        await guest.SaveProfileAsync(new() { ["Input.Offers"] = "offer-before-leaving" });
        await guest.RegisterAsync(link);
        (await guest.SubmitAsync(await guest.GetAsync($"/Events/Details/{id}"), "form:has([data-test=cancel-registration])", [])).Dispose();

        await guest.SaveProfileAsync(new() { ["Input.Offers"] = "offer-after-leaving", ["Input.Organization"] = "org-after-leaving" });

        var list = await organizer.GetAsync($"/Events/Attendees/{id}");
        var row = Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "Left Early");
        Assert.Equal("Cancelled", row.TextOf("status"));
        var api = await organizer.Client.GetStringAsync(new Uri($"/api/events/{id}/attendees", UriKind.Relative));
        var export = await organizer.Client.GetStringAsync(new Uri($"/Events/Export/{id}", UriKind.Relative));
        foreach (var body in new[] { list.Body!.InnerHtml, api, export })
        {
            Assert.Contains("Left Early", body, StringComparison.Ordinal);
            Assert.DoesNotContain("offer-", body, StringComparison.Ordinal);
            Assert.DoesNotContain("org-after-leaving", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProfilePage_ShowsHowOthersSeeIt()
    {
        using var owner = await Visitor.SignUpAsync(app, "Careful Person");

        var page = await owner.SaveProfileAsync(new()
        {
            ["Input.Organization"] = "Open Org",
            ["Input.OrganizationVisibility"] = "SignedIn",
            ["Input.Needs"] = "secret need",
            ["Input.NeedsVisibility"] = "OnlyMe",
            ["Input.Offers"] = "event offer",
        });

        var atEvents = page.QuerySelector("[data-test=seen-at-events]")!;
        var signedIn = page.QuerySelector("[data-test=seen-by-signed-in]")!;
        Assert.Equal("event offer", atEvents.TextOf("offers"));
        Assert.False(atEvents.Has("needs"));
        Assert.Equal("Open Org", signedIn.TextOf("organization"));
        Assert.False(signedIn.Has("offers"));
    }

    [Fact]
    public async Task Suggestions_NeverQuoteAHiddenField()
    {
        using var owner = await Visitor.SignUpAsync(app, "Owner");
        await owner.SaveProfileAsync(new() { ["Input.Interests"] = "ワイン, 秘密の趣味", ["Input.InterestsVisibility"] = "OnlyMe", ["Input.Offers"] = "tax returns, 確定申告" });
        var (id, link) = await owner.CreateEventAsync();
        using var guest = await Visitor.SignUpAsync(app, "Guest");
        await guest.SaveProfileAsync(new() { ["Input.Interests"] = "wine", ["Input.Needs"] = "help with my tax return" });
        await guest.RegisterAsync(link);

        var list = await guest.GetAsync($"/Events/Attendees/{id}");

        var card = Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "Owner");
        Assert.False(card.Has("ask-about"));
        Assert.DoesNotContain("ワイン", list.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("tax", card.TextOf("they-can-help"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stranger_SeesOnlyFieldsSharedWithEveryone()
    {
        using var owner = await Visitor.SignUpAsync(app, "Public Person");
        await owner.SaveProfileAsync(new()
        {
            ["Input.Organization"] = "Open Org",
            ["Input.OrganizationVisibility"] = "SignedIn",
            ["Input.Offers"] = "event-only offer",
        });
        var (id, _) = await owner.CreateEventAsync();
        var personId = PersonIdOf(await owner.GetAsync($"/Events/Attendees/{id}"), "Public Person");
        using var stranger = await Visitor.SignUpAsync(app, "Stranger");

        var page = await stranger.GetAsync($"/People/Details/{personId}");
        using var api = await stranger.Client.GetAsync(new Uri($"/api/people/{personId}", UriKind.Relative));
        var json = await api.Content.ReadAsStringAsync();

        Assert.Equal("Open Org", page.TextOf("organization"));
        Assert.False(page.Has("offers"));
        Assert.Contains("\"organization\":\"Open Org\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("event-only offer", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stranger_WhenNothingIsSharedWithEveryone_GetsNotFound()
    {
        using var owner = await Visitor.SignUpAsync(app, "Private Person");
        await owner.SaveProfileAsync(new() { ["Input.Offers"] = "event-only offer" });
        var (id, _) = await owner.CreateEventAsync();
        var personId = PersonIdOf(await owner.GetAsync($"/Events/Attendees/{id}"), "Private Person");
        using var stranger = await Visitor.SignUpAsync(app, "Stranger");

        await stranger.GetAsync($"/People/Details/{personId}", HttpStatusCode.NotFound);
        using var api = await stranger.Client.GetAsync(new Uri($"/api/people/{personId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task CancelledAttendee_LosesAccessToTheList()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var upload = await organizer.GetAsync($"/Events/Import/{id}");
        var preview = await organizer.SubmitAndFollowAsync(upload, "[data-test=upload-form]", [], file: ("Upload", "connpass.csv", File.ReadAllBytes(Goen.Core.Tests.RepoFiles.Sample("connpass-participants.csv"))));
        (await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();
        using var outsider = await Visitor.SignUpAsync(app);

        var organizerView = await organizer.GetAsync($"/Events/Attendees/{id}");
        await outsider.GetAsync($"/Events/Attendees/{id}", HttpStatusCode.NotFound);

        Assert.Contains(organizerView.All("status"), s => s.TextContent == "Cancelled");
    }

    private static int PersonIdOf(AngleSharp.Html.Dom.IHtmlDocument list, string name) =>
        int.Parse(list.All("attendee-name").Single(a => a.TextContent == name).GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqlitePrivacyTests(SqliteApp app) : PrivacyTests(app);

public sealed class PostgresPrivacyTests(PostgresApp app) : PrivacyTests(app);
