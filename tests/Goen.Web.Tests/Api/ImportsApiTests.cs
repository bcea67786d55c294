using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Goen.Core.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Api;

/// <summary>The attendee import API: every platform's export end to end, the organizer's choices, and every refusal as problem JSON.</summary>
public abstract class ImportsApiTests(GoenWebFactory app)
{
    private static readonly string[] ApiStatuses = ["attending", "waitlisted", "cancelled", "notAttending"];

    [Theory]
    [InlineData("connpass-participants.csv", "connpass", "UTF-8", ",", 10)]
    [InlineData("peatix-participants-utf16.csv", "peatix", "UTF-16", "\t", 6)]
    [InlineData("luma-guests.csv", "luma", "UTF-8", ",", 7)]
    [InlineData("eventbrite-attendees.csv", "eventbrite", "UTF-8", ",", 4)]
    [InlineData("google-forms-responses.csv", "googleForms", "UTF-8", ",", 9)]
    public async Task UploadThenConfirm_EachPlatform_ImportsEveryAcceptedRowOnce(string sample, string platform, string encoding, string separator, int people)
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();

        var upload = await UploadAsync(organizer, id, sample);
        var accepted = upload.GetProperty("accepted").GetArrayLength();
        var unknown = upload.GetProperty("statuses").EnumerateArray().Where(s => s.GetProperty("becomes").ValueKind == JsonValueKind.Null).Select(s => s.GetProperty("value").GetString()!).ToList();
        var body = new { statuses = unknown.ToDictionary(v => v, _ => "waitlisted") };
        using var confirm = await organizer.Client.PostAsJsonAsync(new Uri($"/api/events/{id}/imports/{upload.GetProperty("draftId").GetString()}", UriKind.Relative), body);
        var done = await confirm.Content.ReadFromJsonAsync<JsonElement>();
        var attendees = await AttendeeCountAsync(organizer, id);

        Assert.Equal(platform, upload.GetProperty("platform").GetString());
        Assert.StartsWith(encoding, upload.GetProperty("encoding").GetString(), StringComparison.Ordinal);
        Assert.Equal(separator, upload.GetProperty("separator").GetString());
        Assert.Contains(upload.GetProperty("columns").EnumerateArray(), c => c.GetProperty("field").GetString() is "name" or "familyName");
        // Luma's "invited" is a word Goen does not know: its row comes in only once the organizer says what it means.
        Assert.Equal(people - unknown.Count, accepted);
        Assert.All(upload.GetProperty("accepted").EnumerateArray(), a => Assert.Contains(a.GetProperty("status").GetString(), ApiStatuses));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(people, done.GetProperty("added").GetInt32());
        Assert.Equal(0, done.GetProperty("updated").GetInt32());
        Assert.Equal(done.GetProperty("added").GetInt32() + 1, attendees);
    }

    [Fact]
    public async Task Upload_Peatix_MultiTicketOrderKeepsBothPeopleAndPaymentNumberIsNotAReceptionNumber()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();

        var upload = await UploadAsync(organizer, id, "peatix-participants-utf16.csv");

        var names = upload.GetProperty("accepted").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Contains("伊藤 誠", names);
        Assert.Contains("木村 翔", names);
        Assert.Null(Column(upload, "コンビニ受付番号"));
        Assert.Equal("waitlisted", Status(upload, "支払確認中"));
        Assert.Equal("cancelled", Status(upload, "キャンセル済み"));
    }

    [Fact]
    public async Task Upload_Eventbrite_NotAttendingIsToldApartAndDoesNotCount()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();

        var upload = await UploadAsync(organizer, id, "eventbrite-attendees.csv");
        await ConfirmAsync(organizer, id, upload, null, HttpStatusCode.OK);
        var details = await organizer.GetAsync($"/Events/Details/{id}");
        var list = await organizer.GetAsync($"/Events/Attendees/{id}");

        Assert.Equal("notAttending", Status(upload, "Not Attending"));
        var sofia = upload.GetProperty("accepted").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "Sofía García");
        Assert.Equal("notAttending", sofia.GetProperty("status").GetString());
        Assert.Equal("Not attending", Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "Sofía García").TextOf("status"));
        Assert.Contains("4 attending", details.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 cancelled or not attending", details.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WithMappingAndStatuses_UsesThemAndRemembersTheMapping()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var upload = await UploadAsync(organizer, id, "luma-guests.csv");

        var done = await ConfirmAsync(organizer, id, upload, new { mapping = new Dictionary<string, string?> { ["ＣＯＭＰＡＮＹ"] = null, ["ticket_name"] = "organization" }, statuses = new { invited = "notAttending" } }, HttpStatusCode.OK);
        var again = await UploadAsync(organizer, id, "luma-guests.csv");
        var attendees = await organizer.Client.GetStringAsync(new Uri($"/api/events/{id}/attendees", UriKind.Relative));

        Assert.Equal(7, done.GetProperty("added").GetInt32());
        Assert.Null(Column(again, "Company"));
        Assert.Equal("organization", Column(again, "ticket_name"));
        Assert.Equal("General Admission", again.GetProperty("accepted").EnumerateArray().First().GetProperty("organization").GetString());
        Assert.Contains("General Admission", attendees, StringComparison.Ordinal);
        Assert.DoesNotContain("Northwind Labs", attendees, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_Twice_SecondIs409AndNothingIsImportedTwice()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var upload = await UploadAsync(organizer, id, "connpass-participants.csv");
        var first = await ConfirmAsync(organizer, id, upload, null, HttpStatusCode.OK);

        var second = await ConfirmAsync(organizer, id, upload, null, HttpStatusCode.Conflict);
        var attendees = await AttendeeCountAsync(organizer, id);

        Assert.Contains("already been imported", second.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("added").GetInt32() + 1, attendees);
    }

    [Fact]
    public async Task Confirm_ManyAtOnce_OneImportsTheOthersAre409()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var upload = await UploadAsync(organizer, id, "connpass-participants.csv");
        var url = new Uri($"/api/events/{id}/imports/{upload.GetProperty("draftId").GetString()}", UriKind.Relative);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => organizer.Client.PostAsync(url, null)));
        var attendees = await AttendeeCountAsync(organizer, id);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(upload.GetProperty("accepted").GetArrayLength() + 1, attendees);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("none", "en", "Choose a CSV file first.")]
    [InlineData("empty", "en", "Choose a CSV file first.")]
    [InlineData("blank", "en", "empty")]
    [InlineData("large", "en", "larger than 5 MB")]
    [InlineData("large", "ja", "5MBを超えています")]
    [InlineData("binary", "en", "bad.csv")]
    public async Task Upload_BadFile_IsProblemJsonSayingWhyAndSavesNothing(string kind, string language, string expected)
    {
        using var organizer = await Visitor.SignUpAsync(app, language: language);
        var (id, _) = await organizer.CreateEventAsync();
        var huge = new StringBuilder("name,offers\n");
        while (kind == "large" && huge.Length < 6 * 1024 * 1024)
        {
            huge.Append("Someone,").Append('x', 100).Append('\n');
        }

        byte[] content = kind switch
        {
            "empty" => [],
            "blank" => " \r\n \r\n"u8.ToArray(),
            "large" => Encoding.UTF8.GetBytes(huge.ToString()),
            _ => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xFE, 0x81, 0x00],
        };
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("x"), "other");
        if (kind != "none")
        {
            form.Add(new ByteArrayContent(content), "file", "bad.csv");
        }

        using var response = await organizer.Client.PostAsync(new Uri($"/api/events/{id}/imports", UriKind.Relative), form);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await DraftCountAsync(id));
    }

    [Theory]
    [InlineData("en", "The request is larger than 8 MB.")]
    [InlineData("ja", "8MBを超えています")]
    public async Task Upload_OverTheRequestLimit_Is413ProblemJsonSayingTheLimit(string language, string expected)
    {
        using var organizer = await Visitor.SignUpAsync(app, language: language);
        var (id, _) = await organizer.CreateEventAsync();
        var huge = new byte[(int)GoenWebBuilder.MaxRequestBytes + 1024];
        Array.Fill(huge, (byte)'a');
        using var form = new MultipartFormDataContent { { new ByteArrayContent(huge), "file", "huge.csv" } };

        using var response = await organizer.Client.PostAsync(new Uri($"/api/events/{id}/imports", UriKind.Relative), form);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await DraftCountAsync(id));
    }

    [Fact]
    public async Task Upload_InJapanese_AnswersRowReasonsInJapanese()
    {
        using var organizer = await Visitor.SignUpAsync(app, language: "ja");
        var (id, _) = await organizer.CreateEventAsync();

        var upload = await UploadAsync(organizer, id, "luma-guests.csv");

        Assert.Contains("行目", upload.GetProperty("rejected").EnumerateArray().Single().GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown column", "The mapping names a column the file does not have: “Shoe size”.")]
    [InlineData("unknown field", "“shoeSize” is not a field Goen knows.")]
    [InlineData("unknown status", "“maybe” is not a status.")]
    [InlineData("no name", "name")]
    public async Task Confirm_BadMapping_Is400NamingTheProblemAndImportsNothing(string kind, string expected)
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var upload = await UploadAsync(organizer, id, "connpass-participants.csv");
        object body = kind switch
        {
            "unknown column" => new { mapping = new Dictionary<string, string?> { ["Shoe size"] = "interests" } },
            "unknown field" => new { mapping = new Dictionary<string, string?> { ["コメント"] = "shoeSize" } },
            "unknown status" => new { statuses = new Dictionary<string, string?> { ["参加"] = "maybe" } },
            _ => new { mapping = new Dictionary<string, string?> { ["表示名"] = null } },
        };

        var problem = await ConfirmAsync(organizer, id, upload, body, HttpStatusCode.BadRequest);
        var retry = await ConfirmAsync(organizer, id, upload, null, HttpStatusCode.OK);

        Assert.Contains(expected, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(upload.GetProperty("accepted").GetArrayLength(), retry.GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Confirm_UnknownExpiredOrSomeoneElsesDraft_IsProblemJsonAndImportsNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        using var other = await Visitor.SignUpAsync(app);
        var (otherId, _) = await other.CreateEventAsync();
        var theirs = await UploadAsync(other, otherId, "connpass-participants.csv");
        var mine = await UploadAsync(organizer, id, "connpass-participants.csv");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Goen.Data.GoenDbContext>();
            var draftId = Guid.Parse(mine.GetProperty("draftId").GetString()!);
            await db.ImportDrafts.Where(d => d.Id == draftId).ExecuteUpdateAsync(s => s.SetProperty(d => d.CreatedAt, DateTimeOffset.UtcNow.AddHours(-25)), TestContext.Current.CancellationToken);
        }

        var unknown = await PostAsync(organizer, $"/api/events/{id}/imports/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        var theirsHere = await PostAsync(organizer, $"/api/events/{id}/imports/{theirs.GetProperty("draftId").GetString()}", HttpStatusCode.NotFound);
        var theirsThere = await PostAsync(organizer, $"/api/events/{otherId}/imports/{theirs.GetProperty("draftId").GetString()}", HttpStatusCode.NotFound);
        var expired = await ConfirmAsync(organizer, id, mine, null, HttpStatusCode.Gone);

        Assert.Contains("no longer waiting", unknown, StringComparison.Ordinal);
        Assert.Contains("no longer waiting", theirsHere, StringComparison.Ordinal);
        Assert.Contains("You organize no event with this id", theirsThere, StringComparison.Ordinal);
        Assert.Contains("expired", expired.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await AttendeeCountAsync(organizer, id));
        Assert.Equal(1, await AttendeeCountAsync(other, otherId));
    }

    [Fact]
    public async Task Upload_ToAnEventOfSomeoneElse_Is404AndSavesNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, link) = await organizer.CreateEventAsync();
        using var attendee = await Visitor.SignUpAsync(app);
        await attendee.RegisterAsync(link);

        using var form = FileForm(RepoFiles.Sample("connpass-participants.csv"));
        using var response = await attendee.Client.PostAsync(new Uri($"/api/events/{id}/imports", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await DraftCountAsync(id));
    }

    [Fact]
    public async Task OpenApi_ListsTheImportRoutes()
    {
        using var anonymous = new Visitor(app);

        var document = await anonymous.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"/api/events/{id}/imports\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/events/{id}/imports/{draftId}\"", document, StringComparison.Ordinal);
        Assert.Contains("multipart/form-data", document, StringComparison.Ordinal);
    }

    private static MultipartFormDataContent FileForm(string path)
    {
        var bytes = new ByteArrayContent(File.ReadAllBytes(path));
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { bytes, "file", Path.GetFileName(path) } };
    }

    private static async Task<JsonElement> UploadAsync(Visitor organizer, int eventId, string sample)
    {
        using var form = FileForm(RepoFiles.Sample(sample));
        using var response = await organizer.Client.PostAsync(new Uri($"/api/events/{eventId}/imports", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> ConfirmAsync(Visitor organizer, int eventId, JsonElement upload, object? body, HttpStatusCode expected)
    {
        var url = new Uri($"/api/events/{eventId}/imports/{upload.GetProperty("draftId").GetString()}", UriKind.Relative);
        using var response = body is null ? await organizer.Client.PostAsync(url, null) : await organizer.Client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<string> PostAsync(Visitor visitor, string url, HttpStatusCode expected)
    {
        using var response = await visitor.Client.PostAsync(new Uri(url, UriKind.Relative), null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return text;
    }

    private static async Task<int> AttendeeCountAsync(Visitor organizer, int eventId) =>
        (await organizer.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/attendees", UriKind.Relative))).GetProperty("attendees").GetArrayLength();

    private static string? Column(JsonElement upload, string header) =>
        upload.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("header").GetString() == header).GetProperty("field").GetString();

    private static string? Status(JsonElement upload, string value) =>
        upload.GetProperty("statuses").EnumerateArray().Single(s => s.GetProperty("value").GetString() == value).GetProperty("becomes").GetString();

    private async Task<int> DraftCountAsync(int eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Goen.Data.GoenDbContext>();
        return await db.ImportDrafts.CountAsync(d => d.EventId == eventId, TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteImportsApiTests(SqliteApp app) : ImportsApiTests(app);

public sealed class PostgresImportsApiTests(PostgresApp app) : ImportsApiTests(app);
