using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Goen.Web.Tests.Api;

/// <summary>The JSON API: same authorization as the pages, validation, optimistic concurrency, OpenAPI.</summary>
public abstract class ApiTests(GoenWebFactory app)
{
    [Fact]
    public async Task Profile_PutWithCurrentVersion_SavesAndRaisesVersion()
    {
        using var visitor = await Visitor.SignUpAsync(app, "API Person");
        var profile = await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/profile", UriKind.Relative));
        var body = Change(profile, "offers", "Shopify store setup");

        using var response = await visitor.Client.PutAsJsonAsync(new Uri("/api/profile", UriKind.Relative), body);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Shopify store setup", saved.GetProperty("offers").GetString());
        Assert.Equal(profile.GetProperty("version").GetInt32() + 1, saved.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Profile_PutWithStaleVersion_Is409WithTheSavedProfile()
    {
        using var visitor = await Visitor.SignUpAsync(app);
        var profile = await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/profile", UriKind.Relative));
        (await visitor.Client.PutAsJsonAsync(new Uri("/api/profile", UriKind.Relative), Change(profile, "offers", "first"))).Dispose();

        using var response = await visitor.Client.PutAsJsonAsync(new Uri("/api/profile", UriKind.Relative), Change(profile, "offers", "second"));
        var current = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("first", current.GetProperty("offers").GetString());
    }

    [Fact]
    public async Task Profile_PutOverLongField_Is400AndSavesNothing()
    {
        using var visitor = await Visitor.SignUpAsync(app, "Unchanged");
        var profile = await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/profile", UriKind.Relative));
        var body = Change(profile, "needs", new string('x', 2001));
        body["name"] = "Changed";

        using var response = await visitor.Client.PutAsJsonAsync(new Uri("/api/profile", UriKind.Relative), body);
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Needs", problem, StringComparison.Ordinal);
        var after = await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/profile", UriKind.Relative));
        Assert.Equal("Unchanged", after.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Events_CreateWithoutDate_Is400AndCreatesNothing()
    {
        using var visitor = await Visitor.SignUpAsync(app);

        using var response = await visitor.Client.PostAsJsonAsync(new Uri("/api/events", UriKind.Relative), new { title = "No date" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Date", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/events", UriKind.Relative))).EnumerateArray());
    }

    [Fact]
    public async Task Events_NulInTitle_IsDroppedOnBothDatabases()
    {
        using var visitor = await Visitor.SignUpAsync(app);

        using var response = await visitor.Client.PostAsync(new Uri("/api/events", UriKind.Relative), new StringContent("{\"title\":\"Nul\\u0000Event\",\"date\":\"2026-12-24\"}", System.Text.Encoding.UTF8, "application/json"));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("NulEvent", created.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Events_CreateThenList_OrganizerGetsRegistrationCode()
    {
        using var visitor = await Visitor.SignUpAsync(app);

        using var created = await visitor.Client.PostAsJsonAsync(new Uri("/api/events", UriKind.Relative), new { title = "API 交流会", date = "2026-12-24", place = "大阪" });
        var events = await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/events", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var mine = Assert.Single(events.EnumerateArray());
        Assert.Equal("API 交流会", mine.GetProperty("title").GetString());
        Assert.True(mine.GetProperty("organizing").GetBoolean());
        Assert.Equal(22, mine.GetProperty("registrationCode").GetString()!.Length);
    }

    [Fact]
    public async Task Events_AttendeeReadsEvent_WithoutRegistrationCode()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, link) = await organizer.CreateEventAsync();
        using var guest = await Visitor.SignUpAsync(app);
        await guest.RegisterAsync(link);

        var seen = await guest.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{id}", UriKind.Relative));
        var attendees = await guest.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{id}/attendees", UriKind.Relative));

        Assert.False(seen.GetProperty("organizing").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("registrationCode").ValueKind);
        Assert.Equal(2, attendees.GetProperty("attendees").GetArrayLength());
    }

    [Fact]
    public async Task Events_PostFromAPlainForm_IsRefused()
    {
        // A cross-site form can send text/plain with the session cookie (were SameSite off); JSON only is accepted.
        using var visitor = await Visitor.SignUpAsync(app);
        using var body = new StringContent("{\"title\":\"Forged\",\"date\":\"2026-12-24\"}", System.Text.Encoding.UTF8, "text/plain");

        using var response = await visitor.Client.PostAsync(new Uri("/api/events", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, (await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/events", UriKind.Relative))).GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryApiRoute()
    {
        using var visitor = new Visitor(app);

        var document = await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/profile", paths);
        Assert.Contains("/api/people/{id}", paths);
        Assert.Contains("/api/events", paths);
        Assert.Contains("/api/events/{id}/attendees", paths);
    }

    private static Dictionary<string, object?> Change(JsonElement profile, string field, string value)
    {
        var copy = JsonSerializer.Deserialize<Dictionary<string, object?>>(profile.GetRawText())!;
        copy[field] = value;
        return copy;
    }
}

public sealed class SqliteApiTests(SqliteApp app) : ApiTests(app);

public sealed class PostgresApiTests(PostgresApp app) : ApiTests(app);
