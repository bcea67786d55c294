using System.Net;
using System.Net.Http.Json;
using Goen.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Pages;

/// <summary>When things outside the app fail: the database down, too many sign-in attempts.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task DatabaseDown_PagesSaySoInWords_AndNothingCrashes()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            // Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
            ["ConnectionStrings:Goen"] = "Host=127.0.0.1;Port=9;Username=nobody;Database=nowhere;Timeout=3",
        });
        await app.InitializeAsync();
        using var visitor = new Visitor(app, "ja");

        var page = await visitor.GetAsync("/", HttpStatusCode.ServiceUnavailable);
        using var signUp = await visitor.Client.GetAsync(new Uri("/Account/SignUp", UriKind.Relative));

        Assert.Contains("データベースに接続できません", page.TextOf("error-message"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signUp.StatusCode);
    }

    [Fact]
    public async Task DatabaseGoesDown_ApiWritesAnswerProblemJson503_AndSaveNothing()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Postgres);
        await app.InitializeAsync();
        using var visitor = await Visitor.SignUpAsync(app, "Before Outage");
        var database = new Npgsql.NpgsqlConnectionStringBuilder(app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>().GetConnectionString("Goen")).Database!;

        await SetConnectionsAsync(database, allow: false);
        try
        {
            using var put = await visitor.Client.PutAsJsonAsync(new Uri("/api/profile", UriKind.Relative), new { name = "During Outage", version = 0 });
            using var post = await visitor.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name = "Lost?" });

            using var health = await visitor.Client.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var page = await visitor.GetAsync("/Network", HttpStatusCode.ServiceUnavailable);
            Assert.Contains("cannot reach its database", page.TextOf("error-message"), StringComparison.Ordinal);
            foreach (var response in new[] { put, post })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
                Assert.Contains("cannot reach its database", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        finally
        {
            await SetConnectionsAsync(database, allow: true);
        }

        var profile = await visitor.Client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/profile", UriKind.Relative));
        Assert.Equal("Before Outage", profile.GetProperty("name").GetString());
        Assert.Empty((await visitor.Client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/contacts", UriKind.Relative))).EnumerateArray());
    }

    // The app's database refuses new connections and its open ones are ended: an outage of that database alone.
    private static async Task SetConnectionsAsync(string database, bool allow)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var admin = new Npgsql.NpgsqlConnection(TestPostgres.AdminConnectionString);
        await admin.OpenAsync();
        await using (var limit = new Npgsql.NpgsqlCommand($"ALTER DATABASE {database} WITH ALLOW_CONNECTIONS {(allow ? "true" : "false")}", admin))
        {
            await limit.ExecuteNonQueryAsync();
        }

        if (!allow)
        {
            await using var end = new Npgsql.NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'", admin);
            await end.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Health_SqliteFileDeleted_IsUnhealthyAndCreatesNothing()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        using var visitor = new Visitor(app);
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Goen")).DataSource;
        using var before = await visitor.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
        using var after = await visitor.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Save_SqliteFileDeletedWhileRunning_SaysTheDatabaseIsUnavailableAndCreatesNothing()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        using var me = await Visitor.SignUpAsync(app, "Still Here");
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Goen")).DataSource;
        var form = await me.GetAsync("/Profile/Edit");

        // The pool keeps its connections to the deleted file, as a running app would.
        File.Delete(file);
        using var save = await me.SubmitAsync(form, "[data-test=profile-form]", new() { ["Input.Offers"] = "lost if it said saved" });
        using var api = await me.Client.GetAsync(new Uri("/api/profile", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, save.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Restart_AfterTheSqliteFileWasDeleted_RefusesToCreateAnEmptyOneUntilTheRecordIsRemoved()
    {
        var file = Path.Combine(Path.GetTempPath(), $"goen-gone-{Guid.NewGuid():N}.db");
        var known = Path.Combine(Path.GetTempPath(), $"goen-gone-known-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Goen"] = $"Data Source={file}", ["Goen:KnownDatabasesFolder"] = known };
        try
        {
            await using (var first = new GoenWebFactory(DatabaseProvider.Sqlite, settings: settings))
            {
                await first.InitializeAsync();
                using var me = await Visitor.SignUpAsync(first, "Held Data");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);

            HttpStatusCode health, signUp;
            await using (var restarted = new GoenWebFactory(DatabaseProvider.Sqlite, settings: settings))
            {
                await restarted.InitializeAsync();
                using var visitor = new Visitor(restarted);
                health = (await visitor.Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode;
                signUp = (await visitor.Client.GetAsync(new Uri("/Account/SignUp", UriKind.Relative))).StatusCode;
            }

            var stillGone = !File.Exists(file);

            // The way out the message names: remove the record, and Goen begins again with an empty database.
            foreach (var record in Directory.GetFiles(known))
            {
                File.Delete(record);
            }

            HttpStatusCode afresh;
            await using (var again = new GoenWebFactory(DatabaseProvider.Sqlite, settings: settings))
            {
                await again.InitializeAsync();
                afresh = (await new Visitor(again).Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, signUp);
            Assert.True(stillGone, "a restart created an empty database in place of the deleted one");
            Assert.Equal(HttpStatusCode.OK, afresh);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
            if (Directory.Exists(known))
            {
                Directory.Delete(known, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Save_WhileTheSqliteFileIsReadOnly_Is503_AndWorksAgainOnceWritable_WithoutARestart()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        using var me = await Visitor.SignUpAsync(app, "Read Only");
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Goen")).DataSource;
        var form = await me.GetAsync("/Profile/Edit");

        // New connections made while the file is read-only come up read-only, as they would for any user
        // without write permission. The tests run as root, for whom only the immutable flag makes a file read-only.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        ReadOnlyFile.Set(file, readOnly: true);
        HttpStatusCode whileReadOnly;
        try
        {
            using var refused = await me.SubmitAsync(form, "[data-test=profile-form]", new() { ["Input.Offers"] = "not saved" });
            whileReadOnly = refused.StatusCode;
        }
        finally
        {
            ReadOnlyFile.Set(file, readOnly: false);
        }

        form = await me.GetAsync("/Profile/Edit");
        using var saved = await me.SubmitAsync(form, "[data-test=profile-form]", new() { ["Input.Offers"] = "saved once writable" });
        var profile = await me.Client.GetStringAsync(new Uri("/api/profile", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileReadOnly);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("saved once writable", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("not saved", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_TooManyAttemptsFromOneAddress_Is429WithAMessage()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Goen:SignInAttemptsPerMinute"] = "3" });
        await app.InitializeAsync();
        using var visitor = new Visitor(app);
        var page = await visitor.GetAsync("/Account/SignIn");
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await visitor.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = "a@example.test", ["Input.Password"] = $"wrong password {i}" });
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        using var refused = await visitor.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = "a@example.test", ["Input.Password"] = "wrong password 4" });
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TestApp_WithoutItsOwnDatabase_RefusesToStartRatherThanUseTheDefaultFile()
    {
        // Not initialized: no database of its own. Starting it would have opened ~/.local/share/goen/goen.db.
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite);

        var refused = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains("its own database", refused.Message, StringComparison.Ordinal);
    }
}
