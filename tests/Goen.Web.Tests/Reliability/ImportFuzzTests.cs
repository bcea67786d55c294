using System.Net;
using Goen.Core.Profiles;
using Goen.Core.Tests.Profiles.Fuzz;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Reliability;

/// <summary>
/// Malformed files through the real import page (upload, then confirm when the page offers it), each into a fresh
/// event: no server error, and the event holds exactly its organizer plus the accepted rows afterwards — nothing when
/// the file is refused, never part of a file.
/// </summary>
public abstract class ImportFuzzTests(GoenWebFactory app, int files)
{
    [Fact]
    public async Task UploadAndConfirm_MalformedFiles_NoServerErrorAndNoPartialImport()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var run = new FuzzRun();
        var count = FuzzRun.Count("GOEN_FUZZ_WEB_FILES", files);

        for (var i = 0; i < count; i++)
        {
            var (kind, bytes) = MalformedFiles.Make(FuzzRun.Seed, i);
            await run.RunAsync(i, kind, () => CheckAsync(organizer, run, $"fuzz-{i}.csv", bytes));
        }

        var summary = run.Summary($"Web import on {app.Provider}");
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(run.Failures.Count == 0, summary);
        Assert.Equal(count, run.Kinds.Values.Sum());
    }

    [Fact]
    public async Task UploadAndConfirm_FileWithANulCharacter_IsRefusedWithItsLineNotAServerError()
    {
        // Found by the fuzz run: PostgreSQL refuses U+0000 in text, so such a file once failed at confirm with a 503.
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync("NUL");
        var form = await organizer.GetAsync($"/Events/Import/{id}");

        var page = await organizer.SubmitAndFollowAsync(form, "[data-test=upload-form]", [], file: ("Upload", "nul.csv", "name,offers\nSato,Web\nTanaka,Lo\0go\n"u8.ToArray()));

        Assert.Contains("line 3: the file holds a NUL character", page.TextOf("problems"), StringComparison.Ordinal);
        Assert.False(page.Has("confirm"));
        Assert.Equal(1, await AttendeesAsync(id));
    }

    private async Task<string?> CheckAsync(Visitor organizer, FuzzRun run, string fileName, byte[] bytes)
    {
        var (id, _) = await organizer.CreateEventAsync("Fuzz");
        var form = await organizer.GetAsync($"/Events/Import/{id}");
        using var upload = await organizer.SubmitAsync(form, "[data-test=upload-form]", [], file: ("Upload", fileName, bytes));
        if ((int)upload.StatusCode >= 500)
        {
            return $"server error: {(int)upload.StatusCode} on upload";
        }

        var expected = 1 + Accepted(bytes, fileName);
        if (upload.StatusCode != HttpStatusCode.Redirect)
        {
            run.Note("refused on upload");
            return await AttendeesAsync(id) is 1 ? null : "partial import: a refused upload changed the event";
        }

        using var shown = await organizer.Client.GetAsync(upload.Headers.Location);
        if ((int)shown.StatusCode >= 500)
        {
            return $"server error: {(int)shown.StatusCode} showing the preview";
        }

        var preview = await Visitor.ParseAsync(await shown.Content.ReadAsStringAsync());
        if (!preview.Has("confirm"))
        {
            run.Note("no confirm offered");
            return await AttendeesAsync(id) is 1 ? null : "partial import: a file without a confirm button changed the event";
        }

        using var confirm = await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]");
        if ((int)confirm.StatusCode >= 500)
        {
            return $"server error: {(int)confirm.StatusCode} on confirm ({await AttendeesAsync(id) - 1} of {expected - 1} imported)";
        }

        var attendees = await AttendeesAsync(id);
        run.Note(expected == 1 ? "confirmed, nobody accepted" : "confirmed");
        return attendees == expected ? null : $"partial import: {attendees - 1} of {expected - 1} accepted rows imported";
    }

    // What the page accepts for a fresh event: the guessed mapping, Goen's reading of the status words.
    private static int Accepted(byte[] bytes, string fileName)
    {
        if (bytes.Length > Goen.Web.Pages.Events.Import.MaxFileBytes)
        {
            return 0;
        }

        try
        {
            var table = AttendeeCsv.ReadTable(bytes, fileName);
            var mapping = AttendeeCsv.GuessMapping(table.Headers, AttendeeCsv.Detect(table.Headers));
            return AttendeeCsv.MappingProblems(table.Headers, mapping).Count > 0 ? 0 : AttendeeCsv.Interpret(table, mapping).Accepted.Count;
        }
        catch (ProfileFileException)
        {
            return 0;
        }
    }

    private async Task<int> AttendeesAsync(int eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Goen.Data.GoenDbContext>();
        return await db.Attendances.CountAsync(a => a.EventId == eventId);
    }
}

public sealed class SqliteImportFuzzTests(SqliteApp app) : ImportFuzzTests(app, 200);

public sealed class PostgresImportFuzzTests(PostgresApp app) : ImportFuzzTests(app, 80);
