using Goen.Data;
using Microsoft.EntityFrameworkCore;

namespace Goen.Cli.Tests;

/// <summary><c>goen demo</c> on a fresh SQLite file.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"goen-demo-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Demo_EmptyDatabase_LoadsCommunityAndPrintsSignIn()
    {
        var run = CliRun.Of("demo", "--database", "sqlite", "--connection", $"Data Source={_file}");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("demo@goen.example", run.Output, StringComparison.Ordinal);
        await using var db = new GoenDatabase(DatabaseProvider.Sqlite, $"Data Source={_file}").CreateContext();
        Assert.Equal(1, await db.Events.CountAsync());
        Assert.Equal(70, await db.Attendances.CountAsync());
    }

    [Fact]
    public void Demo_Twice_RefusesTheSecondTimeAndChangesNothing()
    {
        CliRun.Of("demo", "--database", "sqlite", "--connection", $"Data Source={_file}");

        var again = CliRun.Of("demo", "--database", "sqlite", "--connection", $"Data Source={_file}");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already has accounts or events", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_UnreachablePostgres_SaysSo()
    {
        var run = CliRun.Of("demo", "--database", "postgres", "--connection", "Host=127.0.0.1;Port=9;Username=x;Database=y;Timeout=3");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("could not be reached", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
