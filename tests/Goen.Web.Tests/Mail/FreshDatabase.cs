using Goen.Data;
using Goen.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Goen.Web.Tests.Mail;

/// <summary>
/// An empty, migrated Goen database with no app over it (so no worker sends its mail): a SQLite file, or a
/// database on the test PostgreSQL server. Dropped when disposed.
/// </summary>
internal sealed class FreshDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private FreshDatabase(GoenDatabase database, string? sqliteFile, string? postgresName)
    {
        Database = database;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public GoenDatabase Database { get; }

    /// <summary>Creates and migrates the database; skips the test without PostgreSQL, or fails it when the run requires PostgreSQL.</summary>
    public static async Task<FreshDatabase> CreateAsync(DatabaseProvider provider)
    {
        FreshDatabase fresh;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"goen-mail-{Guid.NewGuid():N}.db");
            fresh = new(new GoenDatabase(DatabaseProvider.Sqlite, $"Data Source={file}"), file, null);
        }
        else
        {
            var admin = RequirePostgres();
            var name = $"goen_mail_{Guid.NewGuid():N}";
            await ExecuteAsync(admin, $"CREATE DATABASE {name}");
            fresh = new(new GoenDatabase(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString()), null, name);
        }

        await using var db = fresh.Open();
        await db.Database.MigrateAsync();
        return fresh;
    }

    /// <summary>The test PostgreSQL server's admin connection string; never falls back to SQLite.</summary>
    public static string RequirePostgres()
    {
        if (TestPostgres.AdminConnectionString is { } admin)
        {
            return admin;
        }

        if (TestPostgres.Required)
        {
            Assert.Fail("PostgreSQL is required for this run (GOEN_REQUIRE_POSTGRES=1) but " + TestPostgres.WhyUnavailable);
        }

        Assert.Skip(TestPostgres.WhyUnavailable);
        return "";
    }

    public GoenDbContext Open() => Database.CreateContext();

    /// <summary>Queues mails in one SaveChanges, as the change that causes them would.</summary>
    public async Task<List<OutboxMail>> QueueAsync(params MailMessageDraft[] drafts)
    {
        await using var db = Open();
        var rows = drafts.Select(d => MailOutbox.Queue(db, d, TimeProvider.System.GetUtcNow())).ToList();
        await db.SaveChangesAsync();
        return rows;
    }

    public async Task<OutboxMail> ReadAsync(long id)
    {
        await using var db = Open();
        return await db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }

        if (_postgresName is not null && TestPostgres.AdminConnectionString is { } admin)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
