using Npgsql;

namespace Goen.Web.Tests.Reliability;

/// <summary>
/// A database of a test's own for an app it starts as a child process: a fresh SQLite file, or a fresh database on
/// the test PostgreSQL server (reported as not run, or failed when PostgreSQL is required, when there is none).
/// Either is removed afterwards.
/// </summary>
internal static class ThrowawayDatabase
{
    /// <summary>Runs with the connection string of a new SQLite file, then deletes it with its journal.</summary>
    public static async Task OnSqliteAsync(string name, Func<string, Task> run)
    {
        var file = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.db");
        try
        {
            await run($"Data Source={file}");
        }
        finally
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    /// <summary>Runs with the connection string of a new database on the test PostgreSQL server, then drops it.</summary>
    public static async Task OnPostgresAsync(string name, Func<string, Task> run)
    {
        if (TestPostgres.AdminConnectionString is not { } admin)
        {
            if (TestPostgres.Required)
            {
                Assert.Fail("PostgreSQL is required for this run (GOEN_REQUIRE_POSTGRES=1) but " + TestPostgres.WhyUnavailable);
            }

            Assert.Skip(TestPostgres.WhyUnavailable);
            return;
        }

        var database = $"{name}_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE {database}");
        try
        {
            await run(new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
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
