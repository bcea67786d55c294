using System.Globalization;
using Goen.Web.Tests.Browser.Pages;
using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// One person's browser for one test: a fresh context (no cookies), a unique e-mail, and a record of every
/// page they looked at — a full-page screenshot each, and whether the page scrolled sideways.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private IAsyncDisposable? _browser;
    private readonly string _name;
    private readonly List<string> _sideways = [];
    private readonly List<string> _blocked = [];
    private int _step;

    // The app each page belongs to, so a page object can read the person's mail (a sign-up's confirmation link).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, GoenWebFactory> Apps = [];

    private BrowserSession(IBrowserContext context, IPage page, string name)
    {
        _context = context;
        Page = page;
        _name = name;
    }

    /// <summary>The first link of the latest mail of a kind that the page's app queued for an address.</summary>
    internal static Task<string> MailLinkAsync(IPage page, string email, string kind) =>
        Apps.TryGetValue(page, out var app)
            ? Mailbox.LinkAsync(app, email, kind)
            : throw new InvalidOperationException("This page was not opened by a BrowserSession of a known app.");

    public IPage Page { get; }

    /// <summary>Gets the browser context, for a second browser to take its cookies (the same person signed in).</summary>
    internal IBrowserContext Context => _context;

    public string Email { get; } = $"browser-{Guid.NewGuid():N}@example.test";

    public string Password { get; } = "correct horse battery";

    /// <summary>Gets the pages seen so far that were wider than the screen, with their widths.</summary>
    public IReadOnlyList<string> SidewaysScrolling => _sideways;

    /// <summary>
    /// Gets what the Content-Security-Policy blocked so far (an inline style or script in a page): the
    /// browser drops it without a word to the person, so only its console shows the loss.
    /// </summary>
    public IReadOnlyList<string> BlockedByContentSecurityPolicy => _blocked;

    internal static async Task<BrowserSession> StartAsync(IBrowserContext context, string name, GoenWebFactory app, IAsyncDisposable? browser = null)
    {
        context.SetDefaultTimeout(30_000);
        var session = new BrowserSession(context, await context.NewPageAsync(), name) { _browser = browser };
        Apps.AddOrUpdate(session.Page, app);
        session.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                session._blocked.Add($"{new Uri(session.Page.Url).PathAndQuery}: {message.Text}");
            }
        };
        return session;
    }

    public async Task<HomePage> OpenHomeAsync()
    {
        await Page.GotoAsync("/");
        return new HomePage(Page);
    }

    public async Task<SignUpPage> OpenSignUpAsync()
    {
        await Page.GotoAsync("/Account/SignUp");
        return new SignUpPage(Page);
    }

    /// <summary>Opens a link someone shared, such as an event's registration link.</summary>
    public async Task<RegisterPage> OpenRegistrationAsync(Uri link)
    {
        await Page.GotoAsync(link.ToString());
        return new RegisterPage(Page);
    }

    public async Task<NetworkPage> OpenNetworkAsync()
    {
        await Page.GotoAsync("/Network");
        await Page.GetByTestId("contacts").WaitForAsync();
        return new NetworkPage(Page);
    }

    /// <summary>Saves a full-page screenshot of what is on screen now and notes whether it scrolls sideways.</summary>
    public async Task SeeAsync(string step)
    {
        _step++;
        var file = Path.Combine(BrowserApp.ScreenshotFolder, $"{_name}-{_step:00}-{step}.png");
        await Page.ScreenshotAsync(new() { Path = file, FullPage = true });

        // On a mobile viewport Chromium widens window.innerWidth to fit a page that overflows (917 px for a
        // 900 px element), so scrollWidth <= innerWidth alone never fails there; the root's clientWidth stays
        // at the device width that the viewport meta tag asks for.
        var widths = await Page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, Math.min(window.innerWidth, document.documentElement.clientWidth)]");
        if (widths[0] > widths[1])
        {
            _sideways.Add(string.Create(CultureInfo.InvariantCulture, $"{step} ({new Uri(Page.Url).PathAndQuery}): {widths[0]} px wide on a {widths[1]} px screen"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}
