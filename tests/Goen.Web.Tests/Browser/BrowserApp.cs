using Goen.Core.Tests;
using Goen.Data;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// One app on a real Kestrel port (SQLite) and one headless Chromium, shared by every browser test of the
/// class; each test opens its own browser context, so cookies and sign-ins never leak between tests.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    // As root and offline: no sandbox, and no background calls to Google's servers.
    private static readonly string[] Flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private GoenWebFactory? _app;
    private Mail.TestSmtpServer? _smtp;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Gets why the browser tests cannot run here (no Chromium), or null.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Gets the root address of the app, as the browser reaches it.</summary>
    public Uri ServerAddress => _app!.ServerAddress;

    /// <summary>Gets the SMTP server the app delivers its mail to, on 127.0.0.1, for the tests to read.</summary>
    internal Mail.TestSmtpServer Smtp => _smtp!;

    /// <summary>Gets the app's services, for a test to read what was saved.</summary>
    internal IServiceProvider Services => _app!.Services;

    /// <summary>Gets the folder the screenshots go to: artifacts/screenshots under the repository root.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepoFiles.Root, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (TestChromium.ExecutablePath is not { } chromium)
        {
            Unavailable = TestChromium.WhyUnavailable;
            return;
        }

        _smtp = await Mail.TestSmtpServer.StartNewAsync();
        _app = new GoenWebFactory(DatabaseProvider.Sqlite, kestrel: true, settings: _smtp.Settings);
        await _app.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _playwright.Selectors.SetTestIdAttribute("data-test");
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,

            Args = Flags,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>
    /// Opens a fresh browser context, as a phone 360 px wide would, in the language the browser asks for.
    /// </summary>
    /// <param name="test">Names the screenshots: &lt;test&gt;-&lt;language&gt;-&lt;step&gt;.png.</param>
    /// <param name="locale">The browser's language (Accept-Language), such as ja-JP or en-US.</param>
    /// <param name="javaScript">Whether the browser runs scripts.</param>
    /// <param name="bypassContentSecurityPolicy">
    /// Whether the page's Content-Security-Policy is ignored: only for injecting a test tool (axe-core), which the
    /// app's script-src 'self' rightly blocks.
    /// </param>
    public async Task<BrowserSession> OpenAsync(string test, string locale, bool javaScript = true, bool bypassContentSecurityPolicy = false)
    {
        if (Unavailable is not null)
        {
            if (TestChromium.Required)
            {
                Assert.Fail("Chromium is required for this run (GOEN_REQUIRE_BROWSER=1) but " + Unavailable);
            }

            Assert.Skip(Unavailable);
        }

        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = _app!.ServerAddress.ToString(),
            Locale = locale,
            ViewportSize = new() { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassContentSecurityPolicy,
        });
        return await BrowserSession.StartAsync(context, $"{test}-{locale[..2]}", _app!);
    }

    /// <summary>
    /// Opens a phone in a browser of its own whose camera films a video file (Chromium's fake capture device, the
    /// camera permission granted), signed in as another session's person.
    /// </summary>
    /// <param name="test">Names the screenshots.</param>
    /// <param name="locale">The browser's language.</param>
    /// <param name="video">A .y4m file the camera plays in a loop.</param>
    /// <param name="signedInAs">The session whose cookies the phone takes.</param>
    public async Task<BrowserSession> OpenWithCameraAsync(string test, string locale, string video, BrowserSession signedInAs)
    {
        ArgumentNullException.ThrowIfNull(signedInAs);
        var camera = await _playwright!.Chromium.LaunchAsync(new()
        {
            ExecutablePath = TestChromium.ExecutablePath,
            Headless = true,
            Args = [.. Flags, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", $"--use-file-for-fake-video-capture={video}"],
        });
        var context = await camera.NewContextAsync(new()
        {
            BaseURL = _app!.ServerAddress.ToString(),
            Locale = locale,
            ViewportSize = new() { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            Permissions = ["camera"],
        });
        await context.AddCookiesAsync((await signedInAs.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        return await BrowserSession.StartAsync(context, $"{test}-{locale[..2]}", _app, camera);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }
    }
}
