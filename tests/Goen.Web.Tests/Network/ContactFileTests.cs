using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Goen.Core.Tests;

namespace Goen.Web.Tests.Network;

/// <summary>Contacts in and out as vCard, and 1on1 and feed calendars, through the pages and the API.</summary>
public abstract class ContactFileTests(GoenWebFactory app)
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Goen.Core.Tests", "Contacts", "Fixtures", name));

    [Fact]
    public async Task ImportPage_SameFileTwiceThenOverlapping_NeverDuplicates()
    {
        using var me = await Visitor.SignUpAsync(app);

        var first = await UploadAndConfirmAsync(me, "google-contacts.vcf", Fixture("google-contacts.vcf"));
        var countAfterFirst = (await me.GetAsync("/Network")).All("contact").Count;
        var again = await me.SubmitAndFollowAsync(await me.GetAsync("/Contacts/Import"), "[data-test=vcf-upload-form]", [], file: ("Upload", "google-contacts.vcf", Fixture("google-contacts.vcf")));

        Assert.Contains("Imported: 3 new, 0 merged", first, StringComparison.Ordinal);
        Assert.Equal(3, countAfterFirst);
        Assert.Equal("New contacts (0)", again.TextOf("new-heading"));
        Assert.Equal("Merged into contacts you have (3)", again.TextOf("merged-heading"));
        var done = await me.SubmitAndFollowAsync(again, "[data-test=confirm-form]", []);
        Assert.Contains("0 new, 3 merged", done.TextOf("import-done"), StringComparison.Ordinal);
        Assert.Equal(3, (await me.GetAsync("/Network")).All("contact").Count);
    }

    [Fact]
    public async Task Import_PhoneExportAfterTypedInContact_MergesByPhoneAndKeepsNotes()
    {
        using var me = await Visitor.SignUpAsync(app);
        var typed = await NetworkApiTests.LogAsync(me, new { name = "山田太郎", theyNeed = "経理を任せたい" });
        var contact = await me.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(new Uri($"/api/contacts/{typed}", UriKind.Relative));
        contact!["phones"] = new System.Text.Json.Nodes.JsonArray("+81 90-1234-5678");
        (await me.Client.PutAsJsonAsync(new Uri($"/api/contacts/{typed}", UriKind.Relative), contact)).Dispose();

        var preview = await UploadAsync(me, "google.vcf", Fixture("google-contacts.vcf"));
        var merged = Assert.Single(preview.GetProperty("merged").EnumerateArray());
        await ConfirmAsync(me, preview);

        Assert.Equal(typed, merged.GetProperty("existing").GetProperty("id").GetInt32());
        var after = await me.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/contacts/{typed}", UriKind.Relative));
        Assert.Equal("経理を任せたい", after.GetProperty("theyNeed").GetString());
        Assert.Contains(after.GetProperty("emails").EnumerateArray(), e => e.GetString() == "taro.yamada@goen-shoji.example.jp");
        Assert.Equal("株式会社ゴエン商事", after.GetProperty("organization").GetString());
    }

    [Theory]
    [InlineData("ios.vcf")]
    [InlineData("outlook.vcf")]
    [InlineData("feature-phone-sjis.vcf")]
    [InlineData("vcard4-sort-as.vcf")]
    public async Task Import_RealWorldExports_AddEveryReadableCard(string name)
    {
        using var me = await Visitor.SignUpAsync(app);

        var preview = await UploadAsync(me, name, Fixture(name));
        var added = preview.GetProperty("new").GetArrayLength();
        using var confirm = await me.Client.PostAsync(new Uri($"/api/contacts/imports/{preview.GetProperty("draftId").GetString()}", UriKind.Relative), null);

        Assert.True(added > 0);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(added, (await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).GetArrayLength());
    }

    [Fact]
    public async Task Import_FeaturePhoneShiftJis_KeepsJapaneseNameAndReading()
    {
        using var me = await Visitor.SignUpAsync(app);

        await ConfirmAsync(me, await UploadAsync(me, "phone.vcf", Fixture("feature-phone-sjis.vcf")));

        var contacts = await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative));
        Assert.Contains(contacts.EnumerateArray(), c => c.GetProperty("name").GetString()!.Contains("山田", StringComparison.Ordinal) && c.GetProperty("phoneticName").GetString()!.Contains("ヤマダ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>not a card</body></html>")]
    [InlineData("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Never Ends\r\n")]
    public async Task Import_MalformedFile_ClearMessageAndNothingSaved(string content)
    {
        using var me = await Visitor.SignUpAsync(app);

        var page = await me.SubmitAndFollowAsync(await me.GetAsync("/Contacts/Import"), "[data-test=vcf-upload-form]", [], file: ("Upload", "bad.vcf", Encoding.UTF8.GetBytes(content)));
        using var api = await me.Client.PostAsync(new Uri("/api/contacts/imports", UriKind.Relative), new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", "bad.vcf" } });

        Assert.True(page.TextOf("problems").Length > 10);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Empty((await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).EnumerateArray());
    }

    [Fact]
    public async Task Import_TenThousandCards_OneTransactionAndConfirmTwiceIsHarmless()
    {
        using var me = await Visitor.SignUpAsync(app);
        var file = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            file.Append(System.Globalization.CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.test\r\nTEL:090-{i / 10000:0000}-{i % 10000:0000}\r\nEND:VCARD\r\n");
        }

        var preview = await UploadAsync(me, "big.vcf", Encoding.UTF8.GetBytes(file.ToString()));
        var draft = preview.GetProperty("draftId").GetString();
        using var first = await me.Client.PostAsync(new Uri($"/api/contacts/imports/{draft}", UriKind.Relative), null);
        using var second = await me.Client.PostAsync(new Uri($"/api/contacts/imports/{draft}", UriKind.Relative), null);

        Assert.Equal(10_000, preview.GetProperty("new").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(10_000, (await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).GetArrayLength());
    }

    [Fact]
    public async Task Import_OtherPersonsDraft_IsNotFound()
    {
        using var owner = await Visitor.SignUpAsync(app);
        var preview = await UploadAsync(owner, "google.vcf", Fixture("google-contacts.vcf"));
        using var other = await Visitor.SignUpAsync(app);

        using var confirm = await other.Client.PostAsync(new Uri($"/api/contacts/imports/{preview.GetProperty("draftId").GetString()}", UriKind.Relative), null);
        var page = await other.GetAsync($"/Contacts/Import?draft={preview.GetProperty("draftId").GetString()}");

        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.False(page.Has("new-contacts"));
        Assert.Empty((await other.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).EnumerateArray());
    }

    [Fact]
    public async Task Export_ThenImportIntoAnotherAccount_SameContactsNoDuplicates()
    {
        using var me = await Visitor.SignUpAsync(app);
        await ConfirmAsync(me, await UploadAsync(me, "google.vcf", Fixture("google-contacts.vcf")));
        await NetworkApiTests.LogAsync(me, new { name = "Typed; with, commas", note = "line one\nline two" });

        var exported = await me.Client.GetByteArrayAsync(new Uri("/api/contacts/export.vcf", UriKind.Relative));
        using var other = await Visitor.SignUpAsync(app);
        await ConfirmAsync(other, await UploadAsync(other, "export.vcf", exported));
        var reimport = await UploadAsync(other, "export.vcf", exported);

        Assert.Equal(4, (await other.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).GetArrayLength());
        Assert.Equal(0, reimport.GetProperty("new").GetArrayLength());
        Assert.Equal(4, reimport.GetProperty("merged").GetArrayLength());
        Assert.Contains("Typed; with, commas", Encoding.UTF8.GetString(exported).Replace("\\;", ";", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManualMerge_TwoContactsOnePerson_KeepsBothEncounters()
    {
        using var me = await Visitor.SignUpAsync(app);
        var keep = await NetworkApiTests.LogAsync(me, new { name = "Taro Yamada", talkedAbout = "golf" });
        var other = await NetworkApiTests.LogAsync(me, new { name = "山田太郎", talkedAbout = "ゴルフ", theyNeed = "採用" });
        var page = await me.GetAsync($"/Contacts/Details/{keep}");

        var merged = await me.SubmitAndFollowAsync(page, "[data-test=merge-form]", new() { ["other"] = other.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(2, merged.All("encounter").Count);
        Assert.Equal("採用", merged.TextOf("contact-need"));
        Assert.Single((await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative))).EnumerateArray());
    }

    [Fact]
    public async Task MeetingIcs_ForContact_IsACalendarWithTokyoTime()
    {
        using var me = await Visitor.SignUpAsync(app);
        var contactId = await NetworkApiTests.LogAsync(me, new { name = "佐藤 花子", talkedAbout = "ワイン" });

        using var response = await me.Client.GetAsync(new Uri($"/api/contacts/{contactId}/meeting.ics?start=2026-12-03T19:00&minutes=45", UriKind.Relative));
        var ics = await response.Content.ReadAsStringAsync();
        using var bad = await me.Client.GetAsync(new Uri($"/api/contacts/{contactId}/meeting.ics?minutes=45", UriKind.Relative));

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("DTSTART;TZID=Asia/Tokyo:20261203T190000", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Asia/Tokyo:20261203T194500", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:1on1 with 佐藤 花子", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Feed_HasEventsAndFollowUps_ForgedAndRevokedAre404()
    {
        using var me = await Visitor.SignUpAsync(app, "Feed Owner", "ja");
        await me.CreateEventAsync("フィードの交流会");
        await NetworkApiTests.LogAsync(me, new { name = "Overdue Friend", date = "2025-01-01", talkedAbout = "釣り" });
        var url = (await (await me.Client.PostAsync(new Uri("/api/me/calendar", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("feedUrl").GetString()!;
        var path = new Uri(url).PathAndQuery;
        using var anonymous = new Visitor(app);

        var feed = await anonymous.Client.GetStringAsync(new Uri(path, UriKind.Relative));
        using var forged = await anonymous.Client.GetAsync(new Uri("/calendar/forged" + path[10..15] + ".ics", UriKind.Relative));
        (await me.Client.DeleteAsync(new Uri("/api/me/calendar", UriKind.Relative))).Dispose();
        using var revoked = await anonymous.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("SUMMARY:フィードの交流会", feed, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTODO", feed, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Overdue Friendさんに連絡する", feed, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VALARM", feed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await me.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/me/calendar", UriKind.Relative))).GetProperty("feedUrl").ValueKind);
    }

    [Fact]
    public async Task QrCard_ScannedBySomeoneSignedIn_LogsEncounterAndOffersVcard()
    {
        using var owner = await Visitor.SignUpAsync(app, "Card Owner");
        await owner.SaveProfileAsync(new() { ["Input.Offers"] = "翻訳 (英→日)", ["Input.OffersVisibility"] = "SignedIn", ["Input.Needs"] = "secret-need", ["Input.NeedsVisibility"] = "SameEvents" });
        var cardUrl = (await owner.GetAsync("/Network/Card")).TextOf("card-url");
        var path = new Uri(cardUrl).PathAndQuery;
        using var scanner = await Visitor.SignUpAsync(app, "Scanner");
        using var anonymous = new Visitor(app);

        var card = await anonymous.GetAsync(path);
        using var vcard = await anonymous.Client.GetAsync(new Uri(path + "?handler=Vcard", UriKind.Relative));
        var logged = await scanner.SubmitAndFollowAsync(await scanner.GetAsync(path), "form:has([data-test=card-log])", []);

        Assert.Equal("Card Owner", card.TextOf("card-name"));
        Assert.Equal("翻訳 (英→日)", card.TextOf("offers"));
        Assert.DoesNotContain("secret-need", card.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("FN:Card Owner", await vcard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(logged.Has("logged"));
        Assert.Equal("Card Owner", logged.TextOf("contact-title"));
    }

    [Fact]
    public async Task QrCard_BehindAProxy_CarriesThePublicAddress_InItsLinkAndVcard()
    {
        await using var proxied = new GoenWebFactory(app.Provider, settings: new Dictionary<string, string?> { ["Goen:PublicBaseUrl"] = "https://goen.example.org/" });
        await proxied.InitializeAsync();
        using var owner = await Visitor.SignUpAsync(proxied, "Proxied Owner");

        var cardUrl = (await owner.GetAsync("/Network/Card")).TextOf("card-url");
        using var vcard = await new Visitor(proxied).Client.GetAsync(new Uri(new Uri(cardUrl).PathAndQuery + "?handler=Vcard", UriKind.Relative));
        var unfolded = (await vcard.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);

        Assert.StartsWith("https://goen.example.org/Card/", cardUrl, StringComparison.Ordinal);
        Assert.Contains("URL:" + cardUrl, unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QrCard_ScannedSignedOut_SignInThenBackOnTheCard()
    {
        using var owner = await Visitor.SignUpAsync(app, "Card Holder");
        var path = new Uri((await owner.GetAsync("/Network/Card")).TextOf("card-url")).PathAndQuery;
        using var scanner = await Visitor.SignUpAsync(app, "Later Scanner");
        (await scanner.SubmitAsync(await scanner.GetAsync("/Profile/Edit"), "form:has([data-test=sign-out])", [])).Dispose();

        using var log = await scanner.SubmitAsync(await scanner.GetAsync(path), "form:has([data-test=card-log])", []);
        var signIn = await scanner.GetAsync(log.RedirectPath());
        using var signedIn = await scanner.SubmitAsync(signIn, "[data-test=sign-in-form]", new() { ["Input.Email"] = scanner.Email, ["Input.Password"] = scanner.Password });
        var back = await scanner.GetAsync(signedIn.RedirectPath());

        Assert.StartsWith("/Account/SignIn", log.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal("Card Holder", back.TextOf("card-name"));
        Assert.True(back.Has("card-log"));
    }

    [Fact]
    public async Task QrCard_Renewed_OldCodeIsNotFound()
    {
        using var owner = await Visitor.SignUpAsync(app);
        var page = await owner.GetAsync("/Network/Card");
        var oldPath = new Uri(page.TextOf("card-url")).PathAndQuery;

        var renewed = await owner.SubmitAndFollowAsync(page, "form:has([data-test=renew-card])", []);

        using var anonymous = new Visitor(app);
        await anonymous.GetAsync(oldPath, HttpStatusCode.NotFound);
        await anonymous.GetAsync(new Uri(renewed.TextOf("card-url")).PathAndQuery);
    }

    private static async Task<string> UploadAndConfirmAsync(Visitor me, string name, byte[] content)
    {
        var preview = await me.SubmitAndFollowAsync(await me.GetAsync("/Contacts/Import"), "[data-test=vcf-upload-form]", [], file: ("Upload", name, content));
        var done = await me.SubmitAndFollowAsync(preview, "[data-test=confirm-form]", []);
        return done.TextOf("import-done");
    }

    private static async Task<JsonElement> UploadAsync(Visitor me, string name, byte[] content)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        using var response = await me.Client.PostAsync(new Uri("/api/contacts/imports", UriKind.Relative), form);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task ConfirmAsync(Visitor me, JsonElement preview)
    {
        using var response = await me.Client.PostAsync(new Uri($"/api/contacts/imports/{preview.GetProperty("draftId").GetString()}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SqliteContactFileTests(SqliteApp app) : ContactFileTests(app);

public sealed class PostgresContactFileTests(PostgresApp app) : ContactFileTests(app);
