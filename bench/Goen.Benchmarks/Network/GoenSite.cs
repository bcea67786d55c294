using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Goen.Benchmarks.Network;

/// <summary>
/// The built web app (artifacts/bin/Goen.Web/release/Goen.Web.dll) run as its own process on 127.0.0.1 over a
/// SQLite file, and signing in to it as a browser does (the sign-in form with its antiforgery token).
/// </summary>
internal sealed partial class GoenSite : IDisposable
{
    private readonly Process _process;

    private GoenSite(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Gets the app process's peak working set, in MB.</summary>
    public double PeakMegabytes
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64 / (1024.0 * 1024.0);
        }
    }

    public static string DefaultDll() => Path.Combine(Matching.SuggestComparison.RepositoryRoot(), "artifacts", "bin", "Goen.Web", "release", "Goen.Web.dll");

    /// <summary>Starts the app on a free port and waits until /health answers.</summary>
    /// <exception cref="InvalidOperationException">The app is not built or does not come up within a minute.</exception>
    public static async Task<GoenSite> StartAsync(string dll, string databaseFile)
    {
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: run `dotnet build -c Release src/Goen.Web` first.");
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var url = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url.ToString().TrimEnd('/')])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ConnectionStrings__Goen"] = $"Data Source={databaseFile}";
        start.Environment["Goen__Database"] = "sqlite";
        start.Environment["Goen__SignInAttemptsPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[app] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new GoenSite(process, url);
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return site;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(200);
        }

        site.Dispose();
        throw new InvalidOperationException($"The app did not answer on {url}/health within a minute.");
    }

    /// <summary>Signs in through the sign-in form.</summary>
    /// <returns>A client that carries the account's cookies, and the value of its <c>goen.auth</c> cookie.</returns>
    /// <exception cref="InvalidOperationException">The sign-in failed.</exception>
    public Task<(HttpClient Client, string AuthCookie)> SignInAsync(string email, string password) => SignInAsync(Url, email, password);

    /// <summary>Signs in to an app already running at <paramref name="url"/>.</summary>
    /// <returns>A client that carries the account's cookies, and the value of its <c>goen.auth</c> cookie.</returns>
    /// <exception cref="InvalidOperationException">The sign-in failed.</exception>
    public static async Task<(HttpClient Client, string AuthCookie)> SignInAsync(Uri url, string email, string password)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        var form = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var token = TokenPattern().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }

        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), body);
        var auth = cookies.GetCookies(url)["goen.auth"];
        if (response.StatusCode != HttpStatusCode.Redirect || auth is null)
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode}.");
        }

        return (client, auth.Value);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
