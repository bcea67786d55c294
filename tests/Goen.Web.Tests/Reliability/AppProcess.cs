using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Goen.Core.Tests;
using Goen.Data;

namespace Goen.Web.Tests.Reliability;

/// <summary>
/// The built web app in a process of its own on 127.0.0.1, so a test can kill it as a power cut would
/// (SIGKILL, no shutdown code runs) and start it again on the same database.
/// </summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;

    private readonly GoenDatabase _database;

    private AppProcess(Process process, Uri address, GoenDatabase database)
    {
        _process = process;
        Address = address;
        _database = database;
    }

    public Uri Address { get; }

    /// <summary>Starts the app built beside these tests and waits until it answers.</summary>
    public static async Task<AppProcess> StartAsync(string provider, string connectionString)
    {
        // The tests' output is artifacts/bin/Goen.Web.Tests/<config>/; the app's own is artifacts/bin/Goen.Web/<config>/.
        var config = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var dll = Path.Combine(RepoFiles.Root, "artifacts", "bin", "Goen.Web", config, "Goen.Web.dll");
        Assert.True(File.Exists(dll), $"The web app is not built at {dll}.");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(RepoFiles.Root, "src", "Goen.Web") };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Goen__Database"] = provider;
        start.Environment["ConnectionStrings__Goen"] = connectionString;
        start.Environment["Goen__SignInAttemptsPerMinute"] = "100000";

        // Its mail (sign-up confirmations) and its record of SQLite files stay in the temp folder, not the user's home.
        start.Environment["Goen__Mail__PickupFolder"] = Path.Combine(Path.GetTempPath(), "goen-test-process-mail");
        start.Environment["Goen__KnownDatabasesFolder"] = Path.Combine(Path.GetTempPath(), "goen-test-process-known");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var database = new GoenDatabase(provider == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, connectionString);
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"), database);
        using var probe = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = 0; waited < 120; waited++)
        {
            try
            {
                using var health = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                return app;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the probe's 5 s on a loaded machine.
                Assert.False(process.HasExited, "The app exited while starting.");
                await Task.Delay(500);
            }
        }

        app.Dispose();
        throw new TimeoutException("The app did not answer within a minute.");
    }

    /// <summary>A visitor with its own cookies (they survive a restart: the keys are in the database).</summary>
    public Visitor NewVisitor(CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(120) }, (email, kind) => Mailbox.LinkAsync(_database, email, kind));

    /// <summary>Kills the process at once, as a power cut would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
