using System.Net;

namespace Goen.Web.Tests.Pages;

/// <summary>Sign-up, sign-in and sign-out through the forms, on each database.</summary>
public abstract class AccountTests(GoenWebFactory app)
{
    [Fact]
    public async Task SignUp_NewAccount_SignsInAndOpensProfile()
    {
        using var visitor = await Visitor.SignUpAsync(app, "山田 花子");

        var profile = await visitor.GetAsync("/Profile/Edit");

        Assert.Equal("山田 花子", profile.ValueOf("name"));
        Assert.True(profile.Has("sign-out"));
    }

    [Fact]
    public async Task SignUp_TakenEmail_SaysSoAndCreatesNothing()
    {
        using var first = await Visitor.SignUpAsync(app);
        using var second = new Visitor(app);
        var page = await second.GetAsync("/Account/SignUp");

        var result = await second.SubmitAndFollowAsync(page, "[data-test=sign-up-form]", new() { ["Input.Name"] = "Copy", ["Input.Email"] = first.Email, ["Input.Password"] = "another long password" });

        Assert.Contains("already exists", result.TextOf("problems"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_ShortPassword_ExplainsTheRule()
    {
        using var visitor = new Visitor(app, "ja");
        var page = await visitor.GetAsync("/Account/SignUp");

        var result = await visitor.SubmitAndFollowAsync(page, "[data-test=sign-up-form]", new() { ["Input.Name"] = "短い", ["Input.Email"] = "short@example.test", ["Input.Password"] = "abc" });

        Assert.Contains("10文字以上", result.TextOf("problems"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessageAndStaysSignedOut()
    {
        using var owner = await Visitor.SignUpAsync(app);
        using var visitor = new Visitor(app);
        var page = await visitor.GetAsync("/Account/SignIn");

        var result = await visitor.SubmitAndFollowAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = owner.Email, ["Input.Password"] = "wrong password!" });

        Assert.Contains("not right", result.TextOf("problems"), StringComparison.Ordinal);
        using var profile = await visitor.Client.GetAsync(new Uri("/Profile/Edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswordsFromOneClient_ThatClientWaitsAndIsToldNothingNew()
    {
        using var owner = await Visitor.SignUpAsync(app);
        using var attacker = new Visitor(app);
        for (var i = 0; i < 5; i++)
        {
            var attempt = await attacker.GetAsync("/Account/SignIn");
            (await attacker.SubmitAsync(attempt, "[data-test=sign-in-form]", new() { ["Input.Email"] = owner.Email, ["Input.Password"] = $"guess number {i}" })).Dispose();
        }

        var page = await attacker.GetAsync("/Account/SignIn");
        var result = await attacker.SubmitAndFollowAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = owner.Email, ["Input.Password"] = owner.Password });
        var unknown = await attacker.SubmitAndFollowAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = $"nobody-{Guid.NewGuid():N}@example.test", ["Input.Password"] = "whatever it is" });

        // Even the right password waits, and the words are those of any wrong password or unknown address.
        Assert.True(result.Has("problems"));
        Assert.Equal(unknown.TextOf("problems"), result.TextOf("problems"));
        using var profile = await attacker.Client.GetAsync(new Uri("/Profile/Edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
    }

    [Fact]
    public async Task SignOut_AfterSignIn_EndsTheSession()
    {
        using var visitor = await Visitor.SignUpAsync(app);
        var page = await visitor.GetAsync("/Events");

        (await visitor.SubmitAsync(page, "form[action='/Account/SignOut']", [])).Dispose();

        using var after = await visitor.Client.GetAsync(new Uri("/Events", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/SignIn", after.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndSavesNothing()
    {
        using var visitor = await Visitor.SignUpAsync(app, "Before");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "Forged", ["Input.Version"] = "0" });

        using var response = await visitor.Client.PostAsync(new Uri("/Profile/Edit", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var profile = await visitor.GetAsync("/Profile/Edit");
        Assert.Equal("Before", profile.ValueOf("name"));
    }

    [Fact]
    public async Task SignIn_OverHttps_SetsSecureHttpOnlyCookie()
    {
        using var owner = await Visitor.SignUpAsync(app);
        using var visitor = new Visitor(app, https: true);
        var page = await visitor.GetAsync("/Account/SignIn");

        using var response = await visitor.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = owner.Email, ["Input.Password"] = owner.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("goen.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Https_OnAPublicHost_SendsHstsAndSecurityHeaders()
    {
        app.EnsureAvailable();
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://goen.example") });

        using var response = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task ChangePassword_OldOneStopsWorking_OtherSessionsEnd_ThisOneStays()
    {
        using var owner = await Visitor.SignUpAsync(app);
        using var otherDevice = new Visitor(app);
        otherDevice.Client.DefaultRequestHeaders.Add("Cookie", await CopyAuthCookieAsync(owner));

        var wrong = await owner.SubmitAndFollowAsync(await owner.GetAsync("/Account/Password"), "[data-test=password-form]", new() { ["Input.Current"] = "not my password", ["Input.New"] = "a brand new passphrase" });
        var changed = await owner.SubmitAndFollowAsync(await owner.GetAsync("/Account/Password"), "[data-test=password-form]", new() { ["Input.Current"] = owner.Password, ["Input.New"] = "a brand new passphrase" });

        Assert.Contains("current password is not right", wrong.TextOf("problems"), StringComparison.Ordinal);
        Assert.True(changed.Has("password-changed"));
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync(new Uri("/api/profile", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherDevice.Client.GetAsync(new Uri("/api/profile", UriKind.Relative))).StatusCode);
        using var again = new Visitor(app);
        var page = await again.GetAsync("/Account/SignIn");
        using var old = await again.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = owner.Email, ["Input.Password"] = owner.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        using var fresh = await again.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = owner.Email, ["Input.Password"] = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task SignOut_CopiedCookie_StopsWorking()
    {
        using var owner = await Visitor.SignUpAsync(app);
        using var thief = new Visitor(app);
        thief.Client.DefaultRequestHeaders.Add("Cookie", await CopyAuthCookieAsync(owner));
        using (var before = await thief.Client.GetAsync(new Uri("/api/profile", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var page = await owner.GetAsync("/Profile/Edit");
        (await owner.SubmitAsync(page, "form:has([data-test=sign-out])", [])).Dispose();

        using var after = await thief.Client.GetAsync(new Uri("/api/profile", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private static async Task<string> CopyAuthCookieAsync(Visitor visitor)
    {
        // The client's cookie container is internal to the test server's handler: read the cookie the way a
        // thief would, from a response that sets it again (a fresh sign-in of the same account).
        using var again = new Visitor(visitor.App);
        var page = await again.GetAsync("/Account/SignIn");
        using var response = await again.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = visitor.Email, ["Input.Password"] = visitor.Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("goen.auth=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    [Fact]
    public async Task PersonalData_PagesApiAndExports_AreNoStore_StaticFilesAreNot()
    {
        using var visitor = await Visitor.SignUpAsync(app);
        var (eventId, _) = await visitor.CreateEventAsync();

        var noStore = new List<string>();
        foreach (var url in new[] { "/api/profile", "/api/contacts", "/api/me/export", $"/Events/Export/{eventId}", "/Network", "/Profile/Edit", $"/api/events/{eventId}/attendees" })
        {
            using var response = await visitor.Client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.Headers.CacheControl?.NoStore == true)
            {
                noStore.Add(url);
            }
        }

        using var css = await visitor.Client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Equal(7, noStore.Count);
        Assert.NotEqual(true, css.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task SignIn_NonAsciiReturnUrl_SignsInAndReturnsThere()
    {
        using var owner = await Visitor.SignUpAsync(app);
        using var visitor = new Visitor(app);
        var page = await visitor.GetAsync("/Account/SignIn?returnUrl=" + Uri.EscapeDataString("/Events?q=日本"));

        using var response = await visitor.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = owner.Email, ["Input.Password"] = owner.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Events?q=%E6%97%A5%E6%9C%AC", response.RedirectPath());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("goen.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_ForgedReturnUrl_StaysOnThisSite()
    {
        using var owner = await Visitor.SignUpAsync(app);
        using var visitor = new Visitor(app);
        var page = await visitor.GetAsync("/Account/SignIn?returnUrl=https%3A%2F%2Fevil.example%2F");

        using var response = await visitor.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = owner.Email, ["Input.Password"] = owner.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Events", response.RedirectPath());
    }
}

public sealed class SqliteAccountTests(SqliteApp app) : AccountTests(app);

public sealed class PostgresAccountTests(PostgresApp app) : AccountTests(app);
