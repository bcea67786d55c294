using System.Net;
using Goen.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Goen.Web.Tests;

/// <summary>
/// The web app on a real database: a fresh SQLite file, or a fresh database on the PostgreSQL server that
/// scripts/test.sh starts (its address in GOEN_TEST_POSTGRES). Optionally on a real Kestrel port for the browser.
/// </summary>
public class GoenWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _kestrel;
    private string? _sqliteFile;
    private string? _postgresDatabase;
    private readonly string? _pickupFolder;
    private readonly string? _knownDatabasesFolder;

    public GoenWebFactory(DatabaseProvider provider, bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Provider = provider;
        _kestrel = kestrel;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            // Many test users sign in from 127.0.0.1 within a minute; the limit itself has its own test.
            ["Goen:SignInAttemptsPerMinute"] = settings?.GetValueOrDefault("Goen:SignInAttemptsPerMinute") ?? "100000",
            ["Logging:LogLevel:Default"] = "Warning",

            // Every request checks the session against the account, so a test sees a sign-out take effect at once.
            ["Goen:SessionCheckSeconds"] = "0",
        };

        // Mail queued by a test goes to a folder of this app's own, not to the user's ~/.local/share/goen/mail.
        if (!_settings.ContainsKey("Goen:Mail:PickupFolder"))
        {
            _pickupFolder = Path.Combine(Path.GetTempPath(), $"goen-test-mail-{Guid.NewGuid():N}");
            _settings["Goen:Mail:PickupFolder"] = _pickupFolder;
        }

        // The record of used SQLite files goes to a folder of this app's own, not to the user's ~/.config/goen.
        if (!_settings.ContainsKey("Goen:KnownDatabasesFolder"))
        {
            _knownDatabasesFolder = Path.Combine(Path.GetTempPath(), $"goen-test-known-{Guid.NewGuid():N}");
            _settings["Goen:KnownDatabasesFolder"] = _knownDatabasesFolder;
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Gets why this factory cannot run (PostgreSQL not available here), or null.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Gets the root address of the app on Kestrel (browser tests only).</summary>
    public Uri ServerAddress { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite && _settings.ContainsKey("ConnectionStrings:Goen"))
        {
            // A file the test chose (a restart on the same file); the test removes it.
            _settings["Goen:Database"] = "sqlite";
        }
        else if (Provider == DatabaseProvider.Sqlite)
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"goen-test-{Guid.NewGuid():N}.db");
            _settings["Goen:Database"] = "sqlite";
            _settings["ConnectionStrings:Goen"] = $"Data Source={_sqliteFile}";
        }
        else if (_settings.ContainsKey("ConnectionStrings:Goen"))
        {
            _settings["Goen:Database"] = "postgres";
        }
        else if (TestPostgres.AdminConnectionString is not { } admin)
        {
            Unavailable = TestPostgres.WhyUnavailable;
            return;
        }
        else
        {
            var database = $"goen_test_{Guid.NewGuid():N}";
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
                await create.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException e)
            {
                // Reported by every PostgreSQL test (a failure when the run requires PostgreSQL), not by the SQLite ones.
                Unavailable = $"the PostgreSQL server in GOEN_TEST_POSTGRES cannot be used: {e.Message}";
                return;
            }

            _postgresDatabase = database;

            _settings["Goen:Database"] = "postgres";
            _settings["ConnectionStrings:Goen"] = new NpgsqlConnectionStringBuilder(admin) { Database = _postgresDatabase }.ToString();
        }

        if (_kestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            ServerAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        }
        else
        {
            // Start the host now, so the migration cost is paid once, not in the first test.
            _ = Server;
        }
    }

    /// <summary>Skips the calling test when this factory cannot run, or fails it when the run requires it.</summary>
    public void EnsureAvailable()
    {
        if (Unavailable is null)
        {
            return;
        }

        if (TestPostgres.Required)
        {
            Assert.Fail("PostgreSQL is required for this run (GOEN_REQUIRE_POSTGRES=1) but " + Unavailable);
        }

        Assert.Skip(Unavailable);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }

        foreach (var folder in new[] { _pickupFolder, _knownDatabasesFolder })
        {
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        if (_postgresDatabase is not null && TestPostgres.AdminConnectionString is { } admin)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Never an app on a database of nobody's choosing: without its own, it would open the default SQLite
        // file in the user's home, and a PostgreSQL test would pass on SQLite.
        EnsureAvailable();
        if (!_settings.ContainsKey("ConnectionStrings:Goen"))
        {
            throw new InvalidOperationException("A test app needs its own database: call InitializeAsync before using it.");
        }

        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
