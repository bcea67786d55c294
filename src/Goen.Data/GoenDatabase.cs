using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Data;

/// <summary>
/// Where Goen keeps its data, read from configuration: <c>Goen:Database</c> (<c>sqlite</c>, the default, or
/// <c>postgres</c>) and <c>ConnectionStrings:Goen</c>. Without a connection string SQLite uses
/// <see cref="DefaultSqlitePath"/>, so the web app and the CLI find the same file. A SQLite file Goen has used
/// is recorded in <c>Goen:KnownDatabasesFolder</c> (<see cref="DefaultKnownDatabasesFolder"/>), outside the
/// file's own folder, so that a file that has gone is refused, even after a restart, instead of being
/// created anew, empty.
/// </summary>
/// <param name="Provider">SQLite or PostgreSQL.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
/// <param name="KnownDatabasesFolder">Where used SQLite files are recorded; null records nothing (tests, design time).</param>
public sealed record GoenDatabase(DatabaseProvider Provider, string ConnectionString, string? KnownDatabasesFolder = null)
{
    // One guard per database, shared by every context of it: once the file has been seen, it must stay.
    private readonly SqliteFileGuard? _fileGuard = Provider == DatabaseProvider.Sqlite
        && new SqliteConnectionStringBuilder(ConnectionString).DataSource is { Length: > 0 } file && file != ":memory:"
        && !ConnectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase)
            ? new SqliteFileGuard(Path.GetFullPath(file), KnownDatabasesFolder)
            : null;

    /// <summary>Gets the SQLite file used when no connection string is configured.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "goen", "goen.db");

    /// <summary>Gets the folder where used SQLite files are recorded when none is configured (~/.config/goen/databases).</summary>
    public static string DefaultKnownDatabasesFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create), "goen", "databases");

    /// <summary>Reads the database settings.</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>The provider and its connection string.</returns>
    /// <exception cref="InvalidOperationException">The provider is unknown, or PostgreSQL has no connection string.</exception>
    public static GoenDatabase FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["Goen:Database"] ?? "sqlite";
        var connection = configuration.GetConnectionString("Goen");
        return name.ToUpperInvariant() switch
        {
            "SQLITE" => Sqlite(connection, configuration["Goen:KnownDatabasesFolder"]),
            "POSTGRES" or "POSTGRESQL" when !string.IsNullOrWhiteSpace(connection) => new(DatabaseProvider.Postgres, connection),
            "POSTGRES" or "POSTGRESQL" => throw new InvalidOperationException(
                "Goen:Database is postgres but ConnectionStrings:Goen is empty. Set it, e.g. ConnectionStrings__Goen=\"Host=127.0.0.1;Database=goen;Username=goen;Password=…\"."),
            _ => throw new InvalidOperationException($"Goen:Database is '{name}'; use 'sqlite' or 'postgres'."),
        };
    }

    /// <summary>SQLite at the given connection string, or at <see cref="DefaultSqlitePath"/>.</summary>
    /// <param name="connectionString">A SQLite connection string, or <see langword="null"/> for the default file.</param>
    /// <param name="knownDatabasesFolder">Where used files are recorded, or <see langword="null"/> for <see cref="DefaultKnownDatabasesFolder"/>.</param>
    /// <returns>The settings.</returns>
    public static GoenDatabase Sqlite(string? connectionString, string? knownDatabasesFolder = null)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DefaultSqlitePath}" : connectionString);
        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new(DatabaseProvider.Sqlite, builder.ToString(),
            string.IsNullOrWhiteSpace(knownDatabasesFolder) ? DefaultKnownDatabasesFolder : knownDatabasesFolder);
    }

    /// <summary>Configures EF Core for this database.</summary>
    /// <param name="options">The context options to configure.</param>
    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString);
            options.AddInterceptors(SqliteReadOnlyRecovery.Instance);
            if (_fileGuard is not null)
            {
                options.AddInterceptors(_fileGuard);
            }
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }
    }

    /// <summary>Registers <see cref="GoenDbContext"/> (as the provider's subclass) with the services.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public IServiceCollection AddTo(IServiceCollection services)
    {
        services.AddSingleton(this);
        return Provider == DatabaseProvider.Sqlite
            ? services.AddDbContext<GoenDbContext, SqliteGoenDbContext>(Configure)
            : services.AddDbContext<GoenDbContext, PostgresGoenDbContext>(Configure);
    }

    /// <summary>Opens a context outside dependency injection (the CLI).</summary>
    /// <returns>A new context; the caller disposes it.</returns>
    public GoenDbContext CreateContext()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteGoenDbContext>();
            Configure(options);
            return new SqliteGoenDbContext(options.Options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgresGoenDbContext>();
            Configure(options);
            return new PostgresGoenDbContext(options.Options);
        }
    }
}
