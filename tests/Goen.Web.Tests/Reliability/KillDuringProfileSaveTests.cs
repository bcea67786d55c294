using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Goen.Web.Tests.Reliability;

/// <summary>
/// The app killed with SIGKILL while a person saves their profile again and again, then started on the same
/// database: the profile is one whole saved version, never fields of two, on SQLite and on PostgreSQL.
/// </summary>
public sealed class KillDuringProfileSaveTests(ITestOutputHelper output)
{
    private static readonly int[] KillAfterMilliseconds = [50, 150, 400];
    private static readonly string[] TextFields = ["organization", "role", "offers", "needs", "interests"];

    [Fact]
    public Task Sqlite_KilledDuringSaves_ProfileIsOneWholeVersion() => ThrowawayDatabase.OnSqliteAsync("goen-kill-profile", connection => RunAsync("sqlite", connection));

    [Fact]
    public Task Postgres_KilledDuringSaves_ProfileIsOneWholeVersion() => ThrowawayDatabase.OnPostgresAsync("goen_killp", connection => RunAsync("postgres", connection));

    private async Task RunAsync(string provider, string connectionString)
    {
        var cookies = new CookieContainer();
        var app = await AppProcess.StartAsync(provider, connectionString);
        try
        {
            var visitor = app.NewVisitor(cookies);
            await visitor.SignUpAsync("Saver");
            var before = "";
            foreach (var delay in KillAfterMilliseconds)
            {
                var read = (await visitor.Client.GetFromJsonAsync<JsonObject>(new Uri("/api/profile", UriKind.Relative)))!;
                var version = read["version"]!.GetValue<int>();
                var saved = 0;
                var client = visitor.Client;
                var saving = Task.Run(async () =>
                {
                    // Save after save, each a whole new version of every text field, until the app dies.
                    for (var n = 1; ; n++)
                    {
                        var tag = $"v{delay}-{n}";
                        using var response = await client.PutAsJsonAsync(new Uri("/api/profile", UriKind.Relative), Profile(read, tag, version));
                        version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
                        saved = n;
                    }
                });
                await Task.Delay(delay);
                app.Kill();
                var diedMidSave = false;
                try
                {
                    await saving;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
                {
                    diedMidSave = true;
                }

                app.Dispose();
                app = await AppProcess.StartAsync(provider, connectionString);
                visitor = app.NewVisitor(cookies);
                var profile = await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/profile", UriKind.Relative));
                var tags = TextFields.Select(f => profile.GetProperty(f).GetString()!.Split(' ')[0]).Distinct().ToList();

                output.WriteLine($"{provider}: killed after {delay} ms, {saved} saves answered, {(diedMidSave ? "one in flight" : "none in flight")}: the profile is {string.Join(", ", tags)}");
                Assert.True(diedMidSave, "The kill did not land while a save was being sent; the test proved nothing.");
                var tag = Assert.Single(tags);
                var lastAnswered = saved == 0 ? before : $"v{delay}-{saved}";
                Assert.True(tag == lastAnswered || tag == $"v{delay}-{saved + 1}", $"The profile is {tag}, neither the last answered save ({lastAnswered}) nor the one in flight.");
                before = tag;
            }
        }
        finally
        {
            app.Dispose();
        }
    }

    /// <summary>The profile as read, with every text field a new version tagged at its start.</summary>
    private static JsonObject Profile(JsonObject read, string tag, int version)
    {
        var body = read.DeepClone().AsObject();
        body["organization"] = $"{tag} 株式会社";
        body["role"] = $"{tag} 代表";
        body["offers"] = $"{tag} " + new string('提', 1500);
        body["needs"] = $"{tag} " + new string('需', 1500);
        body["interests"] = $"{tag} " + new string('趣', 1500);
        body["version"] = version;
        return body;
    }
}
