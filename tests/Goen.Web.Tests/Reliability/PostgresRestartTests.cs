using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Goen.Data;
using Npgsql;

namespace Goen.Web.Tests.Reliability;

/// <summary>
/// A PostgreSQL server of the test's own (initdb on a free port on 127.0.0.1) is restarted while a signed-in person
/// keeps reading and saving: during the outage the API answers problem JSON 503, never 500; afterwards the app
/// answers again by itself, and what was saved before is there.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Restart_WhileRequestsRun_OutageAnswers503ThenRecoversWithNothingLost()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        var root = Environment.UserName == "root";
        if (bin is null || (root && !UserExists("postgres")))
        {
            var why = "no PostgreSQL server binaries (Debian package postgresql) or no postgres user to run them as";
            if (TestPostgres.Required)
            {
                Assert.Fail("PostgreSQL is required for this run (GOEN_REQUIRE_POSTGRES=1) but there is " + why);
            }

            Assert.Skip(why);
            return;
        }

        var data = Path.Combine(Path.GetTempPath(), $"goen-restart-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        if (root)
        {
            Run("chown", "postgres", data);
        }

        var port = FreePort();
        string PgCtl(params string[] args) => Run(root, Path.Combine(bin, "pg_ctl"), ["-D", data, .. args]);
        Run(root, Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={data} -c fsync=off";
        PgCtl("-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "-o", options, "start");
        try
        {
            var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand("CREATE DATABASE goen_restart", connection);
                await create.ExecuteNonQueryAsync();
            }

            await using var app = new GoenWebFactory(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
            {
                ["ConnectionStrings:Goen"] = new NpgsqlConnectionStringBuilder(admin) { Database = "goen_restart", Timeout = 3 }.ToString(),
            });
            await app.InitializeAsync();
            using var me = await Visitor.SignUpAsync(app, "Survivor");
            var profile = (await me.Client.GetFromJsonAsync<JsonObject>(new Uri("/api/profile", UriKind.Relative)))!;
            profile["offers"] = "saved before the restart";
            using (var saved = await me.Client.PutAsJsonAsync(new Uri("/api/profile", UriKind.Relative), profile))
            {
                Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            }

            // Read, read, read… while the server restarts; bounded at 60 s.
            var statuses = new List<(HttpStatusCode Status, string Type)>();
            var restart = Task.Run(async () =>
            {
                await Task.Delay(500);
                PgCtl("-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "-m", "fast", "-o", options, "restart");
            });
            var clock = Stopwatch.StartNew();
            var recovered = false;
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                using var response = await me.Client.GetAsync(new Uri("/api/profile", UriKind.Relative));
                statuses.Add((response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? ""));
                if (restart.IsCompleted && response.StatusCode == HttpStatusCode.OK && statuses.Any(s => s.Status != HttpStatusCode.OK))
                {
                    recovered = true;
                    break;
                }

                await Task.Delay(20);
            }

            await restart;
            var after = (await me.Client.GetFromJsonAsync<JsonObject>(new Uri("/api/profile", UriKind.Relative)))!;
            after["role"] = "saved after the restart";
            using var saveAfter = await me.Client.PutAsJsonAsync(new Uri("/api/profile", UriKind.Relative), after);

            var outage = statuses.Where(s => s.Status != HttpStatusCode.OK).ToList();
            output.WriteLine($"{statuses.Count} reads in {clock.Elapsed.TotalSeconds:0.0} s: {statuses.Count - outage.Count} answered 200, {outage.Count} answered {string.Join(", ", outage.Select(s => $"{(int)s.Status} {s.Type}").Distinct())}");
            Assert.True(recovered, "The app did not answer again after the restart within a minute.");
            Assert.NotEmpty(outage);
            Assert.All(outage, s => Assert.Equal((HttpStatusCode.ServiceUnavailable, "application/problem+json"), s));
            Assert.Equal("saved before the restart", after["offers"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.OK, saveAfter.StatusCode);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PgCtl("-m", "immediate", "-w", "stop");
            Directory.Delete(data, recursive: true);
        }
    }

    private static string Run(bool asPostgres, string file, IReadOnlyList<string> args) =>
        asPostgres ? Run("runuser", ["-u", "postgres", "--", file, .. args]) : Run(file, [.. args]);

    private static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {stderr}");
        return stdout.Result;
    }

    private static bool UserExists(string name) => File.ReadLines("/etc/passwd").Any(l => l.StartsWith(name + ":", StringComparison.Ordinal));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
