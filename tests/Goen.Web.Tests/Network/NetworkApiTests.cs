using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Goen.Web.Tests.Network;

/// <summary>The network's JSON API: the routes scripts rely on, their shapes, and their refusals.</summary>
public abstract class NetworkApiTests(GoenWebFactory app)
{
    [Fact]
    public async Task Encounters_PostWithName_Is201WithContactId_AndContactHasTheEncounter()
    {
        using var me = await Visitor.SignUpAsync(app);

        using var response = await me.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name = "佐藤 花子", date = "2026-11-20", theyNeed = "経理を任せたい", talkedAbout = "ワイン" });
        var encounter = await response.Content.ReadFromJsonAsync<JsonElement>();
        var contactId = encounter.GetProperty("contactId").GetInt32();
        var contact = await me.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/contacts/{contactId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("佐藤 花子", contact.GetProperty("name").GetString());
        Assert.Equal("経理を任せたい", contact.GetProperty("theyNeed").GetString());
        Assert.Equal("2026-11-20", contact.GetProperty("lastInteraction").GetString());
        Assert.Equal("ワイン", Assert.Single(contact.GetProperty("encounters").EnumerateArray()).GetProperty("talkedAbout").GetString());
    }

    [Fact]
    public async Task Encounters_PersonWhoSharesNothing_Is404AndSavesNothing()
    {
        using var hidden = await Visitor.SignUpAsync(app, "Hidden Person");
        using var me = await Visitor.SignUpAsync(app);
        var (eventId, _) = await hidden.CreateEventAsync();
        var personId = await OwnPersonIdAsync(hidden, eventId);

        using var response = await me.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { personId });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty((await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).EnumerateArray());
    }

    [Fact]
    public async Task Encounters_EventNotMineOrNoOneOrTooLong_Is400AndSavesNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await organizer.CreateEventAsync();
        using var me = await Visitor.SignUpAsync(app);

        using var notMine = await me.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name = "A", eventId });
        using var noOne = await me.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { note = "who?" });
        using var tooLong = await me.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name = "B", note = new string('x', 4001) });

        Assert.Equal(HttpStatusCode.BadRequest, notMine.StatusCode);
        Assert.Contains("eventId", await notMine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noOne.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Empty((await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).EnumerateArray());
    }

    [Fact]
    public async Task Encounters_NulAndControlCharacters_AreDroppedNotStored()
    {
        using var me = await Visitor.SignUpAsync(app);

        using var response = await me.Client.PostAsync(new Uri("/api/encounters", UriKind.Relative), new StringContent("{\"name\":\"Nul\\u0000Name\\u0007\",\"note\":\"a\\u0000b\"}", Encoding.UTF8, "application/json"));
        var contactId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contactId").GetInt32();
        var contact = await me.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/contacts/{contactId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("NulName", contact.GetProperty("name").GetString());
        Assert.Equal("ab", Assert.Single(contact.GetProperty("encounters").EnumerateArray()).GetProperty("note").GetString());
    }

    [Fact]
    public async Task Contacts_PutWithStaleVersion_Is409WithTheSavedContact()
    {
        using var me = await Visitor.SignUpAsync(app);
        var contactId = await LogAsync(me, new { name = "Versioned" });
        var read = await me.Client.GetFromJsonAsync<JsonObject>(new Uri($"/api/contacts/{contactId}", UriKind.Relative));
        read!["note"] = "first";
        (await me.Client.PutAsJsonAsync(new Uri($"/api/contacts/{contactId}", UriKind.Relative), read)).Dispose();
        read["note"] = "second";

        using var response = await me.Client.PutAsJsonAsync(new Uri($"/api/contacts/{contactId}", UriKind.Relative), read);
        var current = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("first", current.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Help_ForContact_HasTheContractShape()
    {
        using var me = await Visitor.SignUpAsync(app);
        await me.SaveProfileAsync(new() { ["Input.Interests"] = "ワイン, 登山" });
        var needs = await LogAsync(me, new { name = "Needs Site", theyNeed = "a new website for my cafe", talkedAbout = "wine" });
        await LogAsync(me, new { name = "Site Maker", theyOffer = "ホームページ制作, WordPress" });
        var contact = await me.Client.GetFromJsonAsync<JsonObject>(new Uri($"/api/contacts/{needs}", UriKind.Relative));
        contact!["interests"] = "wine tasting";
        (await me.Client.PutAsJsonAsync(new Uri($"/api/contacts/{needs}", UriKind.Relative), contact)).Dispose();

        var help = await me.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/contacts/{needs}/help", UriKind.Relative));

        var person = Assert.Single(help.GetProperty("people").EnumerateArray());
        Assert.Equal("Site Maker", person.GetProperty("name").GetString());
        Assert.True(person.GetProperty("contactId").GetInt32() > 0);
        Assert.NotEmpty(person.GetProperty("reasons").EnumerateArray());
        Assert.Contains("Site Maker offers", person.GetProperty("because").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, help.GetProperty("events").ValueKind);
        Assert.Contains(help.GetProperty("starters").EnumerateArray(), s => s.GetString()!.Contains("ワイン", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_UpcomingEventThatFits_IsSuggestedWithReason()
    {
        using var me = await Visitor.SignUpAsync(app);
        using (var created = await me.Client.PostAsJsonAsync(new Uri("/api/events", UriKind.Relative), new
        {
            title = "採用担当者の交流会", date = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), tags = "採用, HR",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var needs = await LogAsync(me, new { name = "Hiring Manager", theyNeed = "エンジニアの採用" });

        var help = await me.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/contacts/{needs}/help", UriKind.Relative));

        var ev = Assert.Single(help.GetProperty("events").EnumerateArray());
        Assert.Equal("採用担当者の交流会", ev.GetProperty("title").GetString());
        Assert.Contains("採用", ev.GetProperty("because").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_NobodyFits_SaysNothing()
    {
        using var me = await Visitor.SignUpAsync(app);
        var needs = await LogAsync(me, new { name = "Lonely Need", theyNeed = "量子コンピュータの専門家" });
        await LogAsync(me, new { name = "Baker", theyOffer = "パン作り教室" });

        var help = await me.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/contacts/{needs}/help", UriKind.Relative));

        Assert.Empty(help.GetProperty("people").EnumerateArray());
    }

    [Fact]
    public async Task Openapi_ListsTheNetworkRoutes()
    {
        using var anonymous = new Visitor(app);

        var document = await anonymous.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        foreach (var route in new[] { "/api/encounters", "/api/contacts/{id}/help", "/api/contacts/imports", "/api/me/export", "/api/me/calendar", "/api/contacts/export.vcf" })
        {
            Assert.Contains($"\"{route}\"", document, StringComparison.Ordinal);
        }
    }

    internal static async Task<int> LogAsync(Visitor visitor, object body)
    {
        using var response = await visitor.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contactId").GetInt32();
    }

    private static async Task<int> OwnPersonIdAsync(Visitor organizer, int eventId)
    {
        var list = await organizer.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/attendees", UriKind.Relative));
        return list.GetProperty("attendees").EnumerateArray().Single(a => a.GetProperty("isViewer").GetBoolean()).GetProperty("profile").GetProperty("personId").GetInt32();
    }
}

public sealed class SqliteNetworkApiTests(SqliteApp app) : NetworkApiTests(app);

public sealed class PostgresNetworkApiTests(PostgresApp app) : NetworkApiTests(app);
