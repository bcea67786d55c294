using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Goen.Web.Tests.Network;

/// <summary>My network in the browser's pages: logging encounters, contacts, "how can I help?", follow-ups.</summary>
public abstract class NetworkTests(GoenWebFactory app)
{
    [Fact]
    public async Task LogEncounter_WithCoAttendee_ContactShowsHelperWithPlainWordsReason()
    {
        var (me, guest, helper, eventId) = await EventWithThreeAsync();
        using (me)
        using (guest)
        using (helper)
        {
            var list = await me.GetAsync($"/Events/Attendees/{eventId}");
            var card = Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "Cafe Owner");
            var form = await me.GetAsync(card.QuerySelector("[data-test=log-talk]")!.GetAttribute("href")!);

            var contact = await me.SubmitAndFollowAsync(form, "[data-test=encounter-form]", new()
            {
                ["Input.TheyNeed"] = "a new website for my cafe",
                ["Input.TalkedAbout"] = "鎌倉のカフェ巡り",
            });

            Assert.True(contact.Has("logged"));
            Assert.Equal("Cafe Owner", contact.TextOf("contact-title"));
            Assert.Equal("a new website for my cafe", contact.TextOf("contact-need"));
            var person = Assert.Single(contact.All("help-person"));
            Assert.Equal("Web Maker", person.TextOf("help-person-name"));
            var because = person.TextOf("because");
            Assert.Contains("Web Maker offers", because, StringComparison.Ordinal);
            Assert.Contains("ホームページ制作", because, StringComparison.Ordinal);
            Assert.Contains("Cafe Owner is looking for", because, StringComparison.Ordinal);
            Assert.Contains("鎌倉のカフェ巡り", contact.TextOf("starter-last"), StringComparison.Ordinal);
            Assert.False(contact.Has("help-event"), "the event they are already coming to is suggested to them");
        }
    }

    [Fact]
    public async Task LogEncounter_Japanese_ReasonReadsAsJapaneseSentence()
    {
        var (me, guest, helper, eventId) = await EventWithThreeAsync("ja");
        using (me)
        using (guest)
        using (helper)
        {
            var guestId = await PersonIdAsync(me, eventId, "Cafe Owner");
            var form = await me.GetAsync($"/Network/Log?personId={guestId}&eventId={eventId}");

            var contact = await me.SubmitAndFollowAsync(form, "[data-test=encounter-form]", new() { ["Input.TheyNeed"] = "カフェのホームページを作りたい" });

            var because = Assert.Single(contact.All("help-person")).TextOf("because");
            Assert.Contains("Web Makerさんの「ホームページ制作」が、", because, StringComparison.Ordinal);
            Assert.Contains("Cafe Ownerさんの探している「", because, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LogEncounter_SameTypedNameTwice_OneContactTwoEncounters()
    {
        using var me = await Visitor.SignUpAsync(app, "Logger");

        var first = await me.SubmitAndFollowAsync(await me.GetAsync("/Network/Log"), "[data-test=encounter-form]", new() { ["Input.Name"] = "山田 太郎", ["Input.TalkedAbout"] = "ゴルフ" });
        var second = await me.SubmitAndFollowAsync(await me.GetAsync("/Network/Log"), "[data-test=encounter-form]", new() { ["Input.Name"] = "山田　太郎", ["Input.TheyNeed"] = "経理を任せたい" });

        Assert.Equal(ContactIdOf(first), ContactIdOf(second));
        Assert.Equal(2, second.All("encounter").Count);
        var network = await me.GetAsync("/Network");
        Assert.Single(network.All("contact"));
    }

    [Fact]
    public async Task Contacts_ManyOfThem_ArePagedAndSearchableWhateverTheWidth()
    {
        using var me = await Visitor.SignUpAsync(app);
        var vcf = new System.Text.StringBuilder();
        for (var i = 0; i < 59; i++)
        {
            vcf.Append(System.Globalization.CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i:00}\r\nEND:VCARD\r\n");
        }

        vcf.Append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ヤマダ タロウ\r\nORG:ヤマダ工務店\r\nEND:VCARD\r\n");
        var preview = await me.SubmitAndFollowAsync(await me.GetAsync("/Contacts/Import"), "[data-test=vcf-upload-form]", [], file: ("Upload", "many.vcf", System.Text.Encoding.UTF8.GetBytes(vcf.ToString())));
        (await me.SubmitAsync(preview, "[data-test=confirm-form]", [])).Dispose();

        var first = await me.GetAsync("/Network");
        var second = await me.GetAsync(first.QuerySelector("[data-test=next-page]")!.GetAttribute("href")!);
        var found = await me.GetAsync("/Network?q=" + Uri.EscapeDataString("ﾔﾏﾀﾞ"));

        Assert.Equal(50, first.All("contact").Count);
        Assert.Equal(10, second.All("contact").Count);
        Assert.Equal("ヤマダ タロウ", Assert.Single(found.All("contact")).TextOf("contact-name"));
        Assert.True((await me.GetAsync("/Network?q=nobody-by-this-name")).Has("no-contacts"));
    }

    [Fact]
    public async Task LogEncounter_NoOneAndOverLongNote_SaysSoAndSavesNothing()
    {
        using var me = await Visitor.SignUpAsync(app);
        var form = await me.GetAsync("/Network/Log");

        var noOne = await me.SubmitAndFollowAsync(form, "[data-test=encounter-form]", new() { ["Input.Name"] = "  " });
        var tooLong = await me.SubmitAndFollowAsync(form, "[data-test=encounter-form]", new() { ["Input.Name"] = "Someone", ["Input.Note"] = new string('x', 4001) });

        Assert.Contains("Say whom you talked with", noOne.TextOf("problems"), StringComparison.Ordinal);
        Assert.Contains("at most 4000", tooLong.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal("x", tooLong.ValueOf("encounter-note")[..1]);
        Assert.True((await me.GetAsync("/Network")).Has("no-contacts"));
    }

    [Fact]
    public async Task Contact_ScriptInEveryField_IsShownAsText()
    {
        const string script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        using var me = await Visitor.SignUpAsync(app);
        var contact = await me.SubmitAndFollowAsync(await me.GetAsync("/Network/Log"), "[data-test=encounter-form]", new()
        {
            ["Input.Name"] = script, ["Input.TheyNeed"] = script, ["Input.TheyOffer"] = script, ["Input.TalkedAbout"] = script, ["Input.Note"] = script,
        });
        var id = ContactIdOf(contact);
        var edit = await me.GetAsync($"/Contacts/Edit/{id}");
        (await me.SubmitAsync(edit, "[data-test=contact-form]", new() { ["Input.Organization"] = script, ["Input.Emails"] = script, ["Input.Phones"] = script })).Dispose();

        foreach (var url in new[] { $"/Contacts/Details/{id}", $"/Contacts/Edit/{id}", "/Network", "/" })
        {
            using var response = await me.Client.GetAsync(new Uri(url, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }

        Assert.Equal(script, (await me.GetAsync($"/Contacts/Details/{id}")).TextOf("contact-title"));
    }

    [Fact]
    public async Task Contact_OfAnotherPerson_IsNotFoundOnPagesAndApi()
    {
        using var owner = await Visitor.SignUpAsync(app);
        var contact = await owner.SubmitAndFollowAsync(await owner.GetAsync("/Network/Log"), "[data-test=encounter-form]", new() { ["Input.Name"] = "Private Friend", ["Input.Note"] = "secret-note" });
        var id = ContactIdOf(contact);
        using var other = await Visitor.SignUpAsync(app);

        await other.GetAsync($"/Contacts/Details/{id}", HttpStatusCode.NotFound);
        await other.GetAsync($"/Contacts/Edit/{id}", HttpStatusCode.NotFound);
        using var api = await other.Client.GetAsync(new Uri($"/api/contacts/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain("Private Friend", await other.Client.GetStringAsync(new Uri("/api/contacts", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditContact_MetAtAndThroughInOneTap_Saved()
    {
        using var me = await Visitor.SignUpAsync(app);
        var (eventId, _) = await me.CreateEventAsync("出会いの会");
        var introducer = await me.SubmitAndFollowAsync(await me.GetAsync("/Network/Log"), "[data-test=encounter-form]", new() { ["Input.Name"] = "Introducer" });
        var introducerId = ContactIdOf(introducer);
        var friend = await me.SubmitAndFollowAsync(await me.GetAsync("/Network/Log"), "[data-test=encounter-form]", new() { ["Input.Name"] = "New Friend" });
        var friendId = ContactIdOf(friend);
        var edit = await me.GetAsync($"/Contacts/Edit/{friendId}");

        var saved = await me.SubmitAndFollowAsync(edit, "[data-test=contact-form]", new()
        {
            ["Input.MetAtEventId"] = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.MetThroughContactId"] = introducerId, ["Input.FollowUpDays"] = "0",
        });

        var notes = saved.TextOf("contact-notes");
        Assert.Contains("出会いの会", notes, StringComparison.Ordinal);
        Assert.Contains("Introducer", notes, StringComparison.Ordinal);
        Assert.Equal("No reminder", saved.TextOf("follow-up-due"));
    }

    [Fact]
    public async Task FollowUps_ContactNotSeenForMonths_OnHomePageWithLastTopic()
    {
        using var me = await Visitor.SignUpAsync(app);
        using (var response = await me.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name = "Old Friend", date = "2025-01-10", talkedAbout = "北海道のスキー" }))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        using (var response = await me.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name = "Recent Friend", date = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var home = await me.GetAsync("/");

        var due = Assert.Single(home.All("follow-up"));
        Assert.Contains("Old Friend", due.TextContent, StringComparison.Ordinal);
        Assert.Contains("北海道のスキー", due.TextOf("last-talk"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpNow_ContactWhoseNeedSomeoneMeets_OnHomePage()
    {
        using var me = await Visitor.SignUpAsync(app);
        await PostEncounterAsync(me, new { name = "Needs Books", theyNeed = "記帳代行をお願いしたい" });
        await PostEncounterAsync(me, new { name = "Bookkeeper", theyOffer = "記帳代行, 確定申告" });

        var home = await me.GetAsync("/");

        var item = Assert.Single(home.All("help-now-item"));
        Assert.Contains("Needs Books", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bookkeeper", item.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The id of the contact a contact page shows, from its edit link.</summary>
    internal static string ContactIdOf(AngleSharp.Html.Dom.IHtmlDocument contactPage) =>
        contactPage.QuerySelector("[data-test=edit-contact]")!.GetAttribute("href")!.Split('/')[^1];

    private static async Task PostEncounterAsync(Visitor visitor, object body)
    {
        using var response = await visitor.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<(Visitor Me, Visitor Guest, Visitor Helper, int EventId)> EventWithThreeAsync(string language = "en")
    {
        var helper = await Visitor.SignUpAsync(app, "Web Maker");
        await helper.SaveProfileAsync(new() { ["Input.Offers"] = "ホームページ制作, WordPress" });
        var (eventId, link) = await helper.CreateEventAsync();
        var guest = await Visitor.SignUpAsync(app, "Cafe Owner");
        await guest.RegisterAsync(link);
        var me = await Visitor.SignUpAsync(app, "Giver", language);
        await me.RegisterAsync(link);
        return (me, guest, helper, eventId);
    }

    private static async Task<int> PersonIdAsync(Visitor viewer, int eventId, string name)
    {
        var list = await viewer.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/attendees", UriKind.Relative));
        return list.GetProperty("attendees").EnumerateArray().Single(a => a.GetProperty("profile").GetProperty("name").GetString() == name).GetProperty("profile").GetProperty("personId").GetInt32();
    }
}

public sealed class SqliteNetworkTests(SqliteApp app) : NetworkTests(app);

public sealed class PostgresNetworkTests(PostgresApp app) : NetworkTests(app);
