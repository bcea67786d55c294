using System.Text;
using AngleSharp.Html.Dom;
using Goen.Core.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Pages;

/// <summary>Importing attendee files: detection, mapping, preview, one transaction, re-import, bad files.</summary>
public abstract class ImportTests(GoenWebFactory app)
{
    private static readonly byte[] Peatix = File.ReadAllBytes(RepoFiles.Sample("peatix-participants-sjis.csv"));
    private static readonly byte[] Connpass = File.ReadAllBytes(RepoFiles.Sample("connpass-participants.csv"));

    [Fact]
    public async Task Confirm_ClickedTwice_SaysAlreadyImportedAndImportsOnce()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var preview = await UploadAsync(organizer, id, "twice.csv", Peatix);
        var accepted = preview.All("preview-row").Count;

        var clicks = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]")));
        using var late = await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]");

        Assert.All(clicks, c => Assert.Equal(System.Net.HttpStatusCode.OK, c.StatusCode));
        Assert.Equal(System.Net.HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("already been imported", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var attendees = await organizer.GetAsync($"/Events/Attendees/{id}");
        Assert.Equal(accepted + 1, attendees.All("attendee").Count);
        foreach (var click in clicks)
        {
            click.Dispose();
        }
    }

    [Fact]
    public async Task Confirm_DraftOlderThanADay_SaysExpiredAndImportsNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var preview = await UploadAsync(organizer, id, "old.csv", Peatix);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Goen.Data.GoenDbContext>();
            await db.ImportDrafts.Where(d => d.EventId == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.CreatedAt, DateTimeOffset.UtcNow.AddHours(-25)), TestContext.Current.CancellationToken);
        }

        var result = await organizer.SubmitAndFollowAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]");

        Assert.Contains("expired", result.TextOf("problems"), StringComparison.Ordinal);
        Assert.True(result.Has("upload-form"));
        Assert.Single((await organizer.GetAsync($"/Events/Attendees/{id}")).All("attendee"));
    }

    [Fact]
    public async Task Upload_TwelveHundredColumns_SaysTooManyColumnsAndKeepsNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var wide = string.Join(",", Enumerable.Range(0, 1200).Select(i => $"column {i}")) + "\n" + string.Join(",", Enumerable.Range(0, 1200).Select(i => $"value {i}")) + "\n";
        var page = await organizer.GetAsync($"/Events/Import/{id}");

        var result = await organizer.SubmitAndFollowAsync(page, "[data-test=upload-form]", [], file: ("Upload", "wide.csv", Encoding.UTF8.GetBytes(wide)));

        Assert.Contains("more than 500 columns", result.TextOf("problems"), StringComparison.Ordinal);
        Assert.False(result.Has("mapping-form"));
        Assert.Equal(0, await DraftCountAsync(organizer));
    }

    [Fact]
    public async Task Upload_OverTheRequestLimit_SaysTheFileIsTooLarge()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var page = await organizer.GetAsync($"/Events/Import/{id}");
        var huge = new byte[(int)GoenWebBuilder.MaxRequestBytes + 1024];
        Array.Fill(huge, (byte)'a');

        using var response = await organizer.SubmitAsync(page, "[data-test=upload-form]", [], file: ("Upload", "huge.csv", huge));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(html.Contains("too large", StringComparison.OrdinalIgnoreCase), html[..Math.Min(html.Length, 1500)]);
    }

    [Fact]
    public async Task Upload_ManyTimes_DraftsAreCappedPerEventAndPerPerson()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var events = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            events.Add((await organizer.CreateEventAsync($"Capped {i}")).Id);
        }

        for (var i = 0; i < 8; i++)
        {
            await UploadAsync(organizer, events[0], "again.csv", Peatix);
        }

        var afterRepeats = await DraftCountAsync(organizer);
        foreach (var id in events.Skip(1))
        {
            await UploadAsync(organizer, id, "other.csv", Peatix);
        }

        Assert.Equal(1, afterRepeats);
        Assert.Equal(Goen.Data.Events.Drafts.MaxAttendeeDraftsPerUser, await DraftCountAsync(organizer));
    }

    [Fact]
    public async Task Purge_DraftsOlderThanADay_AreDeletedWithoutAnotherUpload()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        await UploadAsync(organizer, id, "old.csv", Peatix);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Goen.Data.GoenDbContext>();

        var purged = await Goen.Data.Events.Drafts.PurgeExpiredAsync(db, DateTimeOffset.UtcNow.AddHours(25), TestContext.Current.CancellationToken);

        Assert.True(purged >= 1);
        Assert.Equal(0, await DraftCountAsync(organizer));
    }

    private async Task<int> DraftCountAsync(Visitor organizer)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Goen.Data.GoenDbContext>();
        var userId = await db.Users.Where(u => u.Email == organizer.Email).Select(u => u.Id).SingleAsync();
        return await db.ImportDrafts.CountAsync(d => d.UserId == userId);
    }

    [Fact]
    public async Task Upload_ShiftJisPeatix_PreviewsThenImportsAndListsRejectedRows()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();

        var preview = await UploadAsync(organizer, id, "参加者リスト.csv", Peatix);

        Assert.Contains("Peatix", preview.TextOf("detected"), StringComparison.Ordinal);
        Assert.Contains("Shift_JIS", preview.TextOf("detected"), StringComparison.OrdinalIgnoreCase);
        Assert.Single(preview.All("rejected-row"));
        Assert.Contains("佐藤 健", preview.TextOf("preview-table"), StringComparison.Ordinal);
        var accepted = preview.All("preview-row").Count;

        var done = await organizer.SubmitAndFollowAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]");

        Assert.Contains($"{accepted} added, 0 updated; not imported: 1", done.TextOf("import-done"), StringComparison.Ordinal);
        Assert.Single(done.All("rejected-row"));
        var list = await organizer.GetAsync($"/Events/Attendees/{id}");
        var sato = Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "佐藤 健");
        Assert.Equal("ken.sato@example.jp", sato.TextOf("email"));
    }

    [Theory]
    [InlineData("peatix-participants-sjis.csv", "a Peatix participant list", "shift_jis")]
    [InlineData("connpass-participants.csv", "a connpass participant list", "utf-8")]
    [InlineData("google-forms-responses.csv", "Google Forms responses", "utf-8")]
    [InlineData("google-forms-responses-es.csv", "Google Forms responses", "utf-8")]
    [InlineData("google-forms-responses-en.csv", "Google Forms responses", "utf-8")]
    [InlineData("community.csv", "a Goen profile file", "utf-8")]
    public async Task Upload_EachKindOfExport_IsRecognisedAndImported(string sample, string kind, string encoding)
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();

        var preview = await UploadAsync(organizer, id, sample, File.ReadAllBytes(RepoFiles.Sample(sample)));
        var accepted = int.Parse(preview.QuerySelector("[data-test=confirm]")!.TextContent.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var done = await organizer.SubmitAndFollowAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]");

        Assert.Contains(kind, preview.TextOf("detected"), StringComparison.Ordinal);
        Assert.Contains(encoding, preview.TextOf("detected"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Imported: {accepted} added", done.TextOf("import-done"), StringComparison.Ordinal);
        Assert.Equal(accepted + 1, (await organizer.GetAsync($"/Events/Attendees/{id}")).All("attendee").Count);
    }

    [Fact]
    public async Task Upload_LumaWithAStatusWordGoenDoesNotKnow_OrganizerSaysWhatItMeansAndItsRowsComeIn()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();

        var preview = await UploadAsync(organizer, id, "luma-guests.csv", File.ReadAllBytes(RepoFiles.Sample("luma-guests.csv")));
        var choices = preview.QuerySelectorAll("[data-test=status-choice]").Cast<AngleSharp.Html.Dom.IHtmlSelectElement>().ToList();
        var invited = choices.FindIndex(c => preview.QuerySelector($"label[for={c.Id}]")?.TextContent.Contains("invited", StringComparison.Ordinal) == true);
        var rejectedBefore = preview.All("rejected-row").Count;
        var acceptedBefore = preview.All("preview-row").Count;
        var chosen = await organizer.SubmitAndFollowAsync(preview, "[data-test=mapping-form]", new() { [$"StatusChoice[{invited}]"] = "Waitlisted" }, "[data-test=preview]");

        Assert.True(invited >= 0, "The status word 'invited' is not offered for a choice.");
        Assert.Equal("", choices[invited].Value);
        Assert.Contains(preview.All("rejected-row"), r => r.TextContent.Contains("invited", StringComparison.Ordinal));
        Assert.Equal(acceptedBefore + 1, chosen.All("preview-row").Count);
        Assert.Equal(rejectedBefore - 1, chosen.All("rejected-row").Count);
        Assert.Equal("Waitlisted", chosen.QuerySelectorAll("[data-test=status-choice]").Cast<AngleSharp.Html.Dom.IHtmlSelectElement>().ElementAt(invited).Value);
    }

    [Fact]
    public async Task Upload_SameFileTwice_UpdatesInsteadOfDuplicating()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var first = await UploadAsync(organizer, id, "peatix.csv", Peatix);
        var accepted = first.All("preview-row").Count;
        (await organizer.SubmitAsync(first, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();
        var before = (await organizer.GetAsync($"/Events/Attendees/{id}")).All("attendee").Count;

        var second = await UploadAsync(organizer, id, "peatix.csv", Peatix);
        var done = await organizer.SubmitAndFollowAsync(second, "[data-test=mapping-form]", [], "[data-test=confirm]");

        Assert.Contains($"0 added, {accepted} updated", done.TextOf("import-done"), StringComparison.Ordinal);
        Assert.Equal(before, (await organizer.GetAsync($"/Events/Attendees/{id}")).All("attendee").Count);
    }

    [Fact]
    public async Task Mapping_ChangedByOrganizer_IsUsedForPreviewAndImport()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var preview = await UploadAsync(organizer, id, "connpass.csv", Connpass);
        var comment = Column(preview, "コメント");
        var smallTalk = Column(preview, "雑談ネタ");

        var remapped = await organizer.SubmitAndFollowAsync(preview, "[data-test=mapping-form]", new() { [$"Mapping[{comment}]"] = "Interests", [$"Mapping[{smallTalk}]"] = "" }, "[data-test=preview]");
        Assert.Equal("Interests", remapped.ValueOf($"mapping-{comment}"));
        (await organizer.SubmitAsync(remapped, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();

        var list = await organizer.GetAsync($"/Events/Attendees/{id}");
        var tom = Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "Tom Harris");
        Assert.Contains("First time at a Japanese meetup!", tom.TextOf("interests"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_ChosenForAnEvent_IsProposedForItsNextFile()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var first = await UploadAsync(organizer, id, "connpass.csv", Connpass);
        var comment = Column(first, "コメント");
        var smallTalk = Column(first, "雑談ネタ");
        var remapped = await organizer.SubmitAndFollowAsync(first, "[data-test=mapping-form]", new() { [$"Mapping[{comment}]"] = "Interests", [$"Mapping[{smallTalk}]"] = "" }, "[data-test=preview]");
        (await organizer.SubmitAsync(remapped, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();

        var second = await UploadAsync(organizer, id, "connpass.csv", Connpass);

        Assert.Equal("Interests", second.ValueOf($"mapping-{comment}"));
        Assert.Equal("", second.ValueOf($"mapping-{smallTalk}"));
    }

    [Fact]
    public async Task SwitchLanguage_AfterPreview_KeepsTheUploadedFile()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var preview = await UploadAsync(organizer, id, "peatix.csv", Peatix);
        var previewed = await organizer.SubmitAndFollowAsync(preview, "[data-test=mapping-form]", [], "[data-test=preview]");

        var switched = await organizer.SubmitAndFollowAsync(previewed, "form.lang", new() { ["culture"] = "ja" });

        Assert.Contains("Peatix参加者リスト", switched.TextOf("detected"), StringComparison.Ordinal);
        Assert.True(switched.Has("confirm"));
    }

    [Fact]
    public async Task Export_AfterImport_GivesBackReceptionNumbersAndKeptColumns()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var preview = await UploadAsync(organizer, id, "connpass.csv", Connpass);
        (await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();

        using var response = await organizer.Client.GetAsync(new Uri($"/Events/Export/{id}", UriKind.Relative));
        var export = Goen.Core.Profiles.AttendeeCsv.ReadTable(await response.Content.ReadAsByteArrayAsync(), "export.csv");

        var header = export.Headers.ToList();
        var kimura = export.Rows.Single(r => r.Cells[0] == "木村 健太").Cells;
        Assert.Equal("1", kimura[header.IndexOf("Reception number")]);
        Assert.Equal("一般枠", kimura[header.IndexOf("参加枠名")]);
        Assert.Equal("Go, Kubernetes, インフラ設計の相談", kimura[header.IndexOf("What I can help with")]);
    }

    [Fact]
    public async Task Mapping_WithoutName_IsExplainedAndCannotBeConfirmed()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var preview = await UploadAsync(organizer, id, "connpass.csv", Connpass);
        var name = Column(preview, "表示名");

        var result = await organizer.SubmitAndFollowAsync(preview, "[data-test=mapping-form]", new() { [$"Mapping[{name}]"] = "" }, "[data-test=preview]");

        Assert.Contains("name", result.TextOf("problems"), StringComparison.OrdinalIgnoreCase);
        Assert.False(result.Has("confirm"));
    }

    [Theory]
    [InlineData("name,offers\n\"Sato,ホームページ\n", "quote")]
    [InlineData(" \r\n \r\n", "empty")]
    [InlineData("name,offers\nSato,a,b,c\n", "4 fields")]
    public async Task Upload_MalformedFile_SaysWhatIsWrongAndSavesNothing(string content, string expected)
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var page = await organizer.GetAsync($"/Events/Import/{id}");

        var result = await organizer.SubmitAndFollowAsync(page, "[data-test=upload-form]", [], file: ("Upload", "bad.csv", Encoding.UTF8.GetBytes(content)));

        Assert.Contains(expected, result.TextOf("problems"), StringComparison.OrdinalIgnoreCase);
        Assert.False(result.Has("mapping-form"));
        Assert.Single((await organizer.GetAsync($"/Events/Attendees/{id}")).All("attendee"));
    }

    [Fact]
    public async Task Upload_ScriptInCells_IsShownAsText()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var csv = "name,offers\n\"<script>alert(1)</script>\",<img src=x onerror=alert(2)>\n";

        var preview = await UploadAsync(organizer, id, "<b>bad</b>.csv", Encoding.UTF8.GetBytes(csv));
        var done = await organizer.SubmitAndFollowAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]");
        using var response = await organizer.Client.GetAsync(new Uri($"/Events/Attendees/{id}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<script>alert(1)</script>", preview.TextOf("preview-table"), StringComparison.Ordinal);
        Assert.Contains("1 added", done.TextOf("import-done"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_BinaryFile_IsRejectedAsNotText()
    {
        using var organizer = await Visitor.SignUpAsync(app, language: "ja");
        var (id, _) = await organizer.CreateEventAsync();
        var page = await organizer.GetAsync($"/Events/Import/{id}");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xFE, 0x81, 0x00];

        var result = await organizer.SubmitAndFollowAsync(page, "[data-test=upload-form]", [], file: ("Upload", "photo.csv", png));

        Assert.True(result.Has("problems"));
        Assert.False(result.Has("mapping-form"));
    }

    [Fact]
    public async Task Upload_HugeFile_IsRefusedWithTheLimit()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var page = await organizer.GetAsync($"/Events/Import/{id}");
        var huge = new StringBuilder("name,offers\n");
        while (huge.Length < 6 * 1024 * 1024)
        {
            huge.Append("Someone,").Append('x', 100).Append('\n');
        }

        var result = await organizer.SubmitAndFollowAsync(page, "[data-test=upload-form]", [], file: ("Upload", "huge.csv", Encoding.UTF8.GetBytes(huge.ToString())));

        Assert.Contains("larger than 5 MB", result.TextOf("problems"), StringComparison.Ordinal);
        Assert.Single((await organizer.GetAsync($"/Events/Attendees/{id}")).All("attendee"));
    }

    [Fact]
    public async Task ImportedEmail_IsHiddenFromOtherAttendees()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, link) = await organizer.CreateEventAsync();
        var preview = await UploadAsync(organizer, id, "peatix.csv", Peatix);
        (await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();
        using var attendee = await Visitor.SignUpAsync(app);
        await attendee.RegisterAsync(link);

        var list = await attendee.GetAsync($"/Events/Attendees/{id}");

        var sato = Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "佐藤 健");
        Assert.False(sato.Has("email"));
        Assert.Contains("Webサイト制作", sato.TextOf("offers"), StringComparison.Ordinal);
        Assert.DoesNotContain("@example.jp", list.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<IHtmlDocument> UploadAsync(Visitor organizer, int eventId, string fileName, byte[] content)
    {
        var page = await organizer.GetAsync($"/Events/Import/{eventId}");
        return await organizer.SubmitAndFollowAsync(page, "[data-test=upload-form]", [], file: ("Upload", fileName, content));
    }

    private static int Column(IHtmlDocument preview, string header)
    {
        var labels = preview.QuerySelectorAll("[data-test=mapping-form] label[for^=Mapping_]").ToList();
        var label = labels.Single(l => l.TextContent.Trim().StartsWith(header, StringComparison.Ordinal));
        return int.Parse(label.GetAttribute("for")!["Mapping_".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class SqliteImportTests(SqliteApp app) : ImportTests(app);

public sealed class PostgresImportTests(PostgresApp app) : ImportTests(app);
