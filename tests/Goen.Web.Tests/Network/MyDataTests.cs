using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Goen.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Network;

/// <summary>All my data, mine to take: a JSON export that restores losslessly, and deletion that leaves nothing.</summary>
public abstract class MyDataTests(GoenWebFactory app)
{
    [Fact]
    public async Task Export_ImportedIntoEmptyAccount_IsLossless()
    {
        using var me = await Visitor.SignUpAsync(app, "Exporter");
        await me.SaveProfileAsync(new() { ["Input.Offers"] = "記帳代行", ["Input.Needs"] = "private-need", ["Input.NeedsVisibility"] = "OnlyMe", ["Input.Interests"] = "ワイン" });
        var (eventId, _) = await me.CreateEventAsync("書き出しの会");
        var introducer = await NetworkApiTests.LogAsync(me, new { name = "Introducer 紹介者", theyOffer = "紹介" });
        var friend = await NetworkApiTests.LogAsync(me, new { name = "Friend", eventId, theyNeed = "採用", talkedAbout = "登山", note = "line 1\nline 2, \"quoted\"" });
        await NetworkApiTests.LogAsync(me, new { name = "Friend", date = "2026-01-05", talkedAbout = "second talk" });
        var contact = await me.Client.GetFromJsonAsync<JsonObject>(new Uri($"/api/contacts/{friend}", UriKind.Relative));
        contact!["metThroughContactId"] = introducer;
        contact["followUpDays"] = 30;
        contact["emails"] = new JsonArray("friend@example.test");
        contact["phones"] = new JsonArray("090-1111-2222");
        contact["phoneticName"] = "フレンド";
        (await me.Client.PutAsJsonAsync(new Uri($"/api/contacts/{friend}", UriKind.Relative), contact)).Dispose();
        var exported = await me.Client.GetStringAsync(new Uri("/api/me/export", UriKind.Relative));

        using var restored = await Visitor.SignUpAsync(app, "Someone Else");
        using var import = await restored.Client.PostAsync(new Uri("/api/me/import", UriKind.Relative), new StringContent(exported, System.Text.Encoding.UTF8, "application/json"));
        var again = await restored.Client.GetStringAsync(new Uri("/api/me/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(Comparable(exported), Comparable(again));
        Assert.Contains("private-need", again, StringComparison.Ordinal);
        Assert.Equal(2, JsonNode.Parse(again)!["contacts"]!.AsArray().Single(c => (string?)c!["fields"]!["name"] == "Friend")!["encounters"]!.AsArray().Count);
    }

    [Fact]
    public async Task Import_IntoAccountWithContacts_Is409AndChangesNothing()
    {
        using var me = await Visitor.SignUpAsync(app);
        await NetworkApiTests.LogAsync(me, new { name = "Already Here" });
        var exported = await me.Client.GetStringAsync(new Uri("/api/me/export", UriKind.Relative));

        using var import = await me.Client.PostAsync(new Uri("/api/me/import", UriKind.Relative), new StringContent(exported, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Conflict, import.StatusCode);
        Assert.Single((await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).EnumerateArray());
    }

    [Theory]
    [InlineData("{\"format\":\"something-else\",\"formatVersion\":1}")]
    [InlineData("[1,2,3]")]
    [InlineData("not json at all")]
    public async Task Import_NotAnExport_Is400AndSavesNothing(string body)
    {
        using var me = await Visitor.SignUpAsync(app, "Unchanged Name");

        using var import = await me.Client.PostAsync(new Uri("/api/me/import", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var page = await me.SubmitAndFollowAsync(await me.GetAsync("/Network/Settings"), "[data-test=import-data-form]", [], file: ("upload", "data.json", System.Text.Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Contains("Nothing was imported", page.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal("Unchanged Name", (await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/profile", UriKind.Relative))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task DeleteAccount_LeavesNothingOfTheirs()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var me = await Visitor.SignUpAsync(app, $"Leaver-{tag}");
        await me.SaveProfileAsync(new() { ["Input.Offers"] = $"offer-{tag}" });
        var (eventId, link) = await me.CreateEventAsync($"event-{tag}");
        var upload = await me.GetAsync($"/Events/Import/{eventId}");
        (await me.SubmitAsync(upload, "[data-test=upload-form]", [], file: ("Upload", "peatix.csv", File.ReadAllBytes(Goen.Core.Tests.RepoFiles.Sample("peatix-participants-sjis.csv"))))).Dispose();
        await NetworkApiTests.LogAsync(me, new { name = $"contact-{tag}", note = $"note-{tag}" });
        (await me.Client.PostAsync(new Uri("/api/me/calendar", UriKind.Relative), null)).Dispose();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:vcf-{tag}\r\nEND:VCARD\r\n")), "file", "a.vcf" } };
        (await me.Client.PostAsync(new Uri("/api/contacts/imports", UriKind.Relative), form)).Dispose();
        using var friend = await Visitor.SignUpAsync(app, $"Friend-{tag}");
        await friend.RegisterAsync(link);
        var friendContact = await NetworkApiTests.LogAsync(friend, new { name = $"Leaver-{tag}", note = "my own note about them" });
        var userId = await UserIdAsync(me.Email);

        var page = await me.SubmitAndFollowAsync(await me.GetAsync("/Network/Settings"), "[data-test=delete-account-form]", new() { ["password"] = me.Password });

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Id == userId));
        Assert.False(await db.People.AnyAsync(p => p.UserId == userId || p.ManagedByUserId == userId || p.Name.Contains(tag) && p.Name != $"Friend-{tag}"));
        Assert.False(await db.Contacts.AnyAsync(c => c.OwnerUserId == userId));
        Assert.False(await db.Encounters.AnyAsync(e => e.Note.Contains(tag)));
        Assert.False(await db.Events.AnyAsync(e => e.OrganizerId == userId || e.Title.Contains(tag)));
        Assert.False(await db.ContactImportDrafts.AnyAsync(d => d.OwnerUserId == userId));
        Assert.False(await db.ImportDrafts.AnyAsync(d => d.UserId == userId));
        Assert.False(await db.UserClaims.AnyAsync(c => c.UserId == userId));
        Assert.True(page.Has("go-sign-up"));
        var kept = await friend.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/contacts/{friendContact}", UriKind.Relative));
        Assert.Equal($"Leaver-{tag}", kept.GetProperty("name").GetString());
        Assert.Equal("my own note about them", Assert.Single(kept.GetProperty("encounters").EnumerateArray()).GetProperty("note").GetString());
    }

    [Fact]
    public async Task DeleteAccount_WrongPassword_DeletesNothing()
    {
        using var me = await Visitor.SignUpAsync(app, "Stays");

        var page = await me.SubmitAndFollowAsync(await me.GetAsync("/Network/Settings"), "[data-test=delete-account-form]", new() { ["password"] = "not the password" });

        Assert.Contains("Nothing was deleted", page.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal("Stays", (await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/profile", UriKind.Relative))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task DeleteAccount_Api_Is204AndTheSessionEnds()
    {
        using var me = await Visitor.SignUpAsync(app);
        await NetworkApiTests.LogAsync(me, new { name = "Gone Too" });

        using var deleted = await me.Client.DeleteAsync(new Uri("/api/me", UriKind.Relative));
        using var after = await me.Client.GetAsync(new Uri("/api/contacts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>An export without what differs by account and moment: the export time, contact keys and person links' own ids.</summary>
    private static string Comparable(string export)
    {
        var node = JsonNode.Parse(export)!.AsObject();
        node.Remove("exportedAt");
        node["profile"]!["name"] = "";
        var keys = new Dictionary<int, int>();
        foreach (var contact in node["contacts"]!.AsArray())
        {
            keys[(int)contact!["key"]!] = keys.Count;
        }

        foreach (var contact in node["contacts"]!.AsArray())
        {
            contact!["key"] = keys[(int)contact["key"]!];
            if (contact["fields"]!["metThroughContactId"] is { } through)
            {
                contact["fields"]!["metThroughContactId"] = keys[(int)through];
            }
        }

        return node.ToJsonString();
    }
}

public sealed class SqliteMyDataTests(SqliteApp app) : MyDataTests(app);

public sealed class PostgresMyDataTests(PostgresApp app) : MyDataTests(app);
