using System.Globalization;
using Goen.Core.Profiles;
using Goen.Core.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Pages;

/// <summary>The import page and the CLI's reader give the same people and the same rejected rows for one file.</summary>
public abstract class OneReaderImportTests(GoenWebFactory app)
{
    [Fact]
    public async Task Upload_FileWithBadRows_ShowsTheRejectionsTheCliPrints_AndImportsThePeopleItReads()
    {
        var bytes = File.ReadAllBytes(RepoFiles.Sample("people-with-problems.csv"));
        var cli = ProfileCsv.Parse(bytes, "people-with-problems.csv");
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        var form = await organizer.GetAsync($"/Events/Import/{id}");

        var preview = await organizer.SubmitAndFollowAsync(form, "[data-test=upload-form]", [], file: ("Upload", "people-with-problems.csv", bytes));
        (await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();

        Assert.Equal(cli.Rejected.Select(r => r.LocalizedMessage(CultureInfo.GetCultureInfo("en"))), preview.All("rejected-row").Select(r => r.TextContent.Trim()));
        Assert.Equal(5, cli.Rejected.Count);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Goen.Data.GoenDbContext>();
        var imported = await db.Attendances.Where(a => a.EventId == id && a.ImportKey != null).OrderBy(a => a.Id).Select(a => new { a.ImportKey, a.Status }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(cli.Attendees.Select(a => (a.Key, a.Status)), imported.Select(a => (a.ImportKey!, a.Status)));
    }
}

public sealed class SqliteOneReaderImportTests(SqliteApp app) : OneReaderImportTests(app);

public sealed class PostgresOneReaderImportTests(PostgresApp app) : OneReaderImportTests(app);
