using Goen.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Goen.Web;

/// <summary>
/// /health says Healthy only when the database answers and holds Goen's schema; a SQLite file that has
/// disappeared is reported, never quietly created anew by the check.
/// </summary>
public sealed class DatabaseHealthCheck(GoenDatabase database, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (MissingSqliteFile(database) is { } file)
        {
            return HealthCheckResult.Unhealthy($"The SQLite database file {Path.GetFileName(file)} is missing.");
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            return (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database holds no Goen schema.");
        }
        catch (Exception e) when (GoenWebBuilder.IsDatabaseUnavailable(e))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
    }

    /// <summary>The SQLite file that has disappeared, or null: opening it would quietly create it anew, empty.</summary>
    /// <param name="database">The app's database.</param>
    /// <returns>The missing file's path, or null (it exists, it is in memory, or the database is PostgreSQL).</returns>
    public static string? MissingSqliteFile(GoenDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider == DatabaseProvider.Sqlite &&
            new SqliteConnectionStringBuilder(database.ConnectionString).DataSource is { Length: > 0 } file &&
            file != ":memory:" && !File.Exists(file)
            ? file
            : null;
    }
}
