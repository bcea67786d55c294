using System.Net;
using Goen.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task SignUp_TakenEmail_AnswersExactlyAsForANewAddress_AndMailsTheOwnerInstead()
    {
        using var owner = await Visitor.SignUpAsync(app);
        using var stranger = new Visitor(app);
        using var newcomer = new Visitor(app);

        var taken = await SendSignUpAsync(stranger, owner.Email, "another long password");
        var fresh = await SendSignUpAsync(newcomer, $"new-{Guid.NewGuid():N}@example.test", "another long password");

        Assert.Equal(fresh.QuerySelector("main")!.TextContent, taken.QuerySelector("main")!.TextContent);
        Assert.True(taken.Has("sign-up-sent"));
        Assert.Contains("/Account/Forgot", await Mailbox.LinkAsync(app, owner.Email, "account.exists") + await MailTextAsync(owner.Email, "account.exists"), StringComparison.Ordinal);
        using var strangerProfile = await stranger.Client.GetAsync(new Uri("/Profile/Edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, strangerProfile.StatusCode);
        Assert.True((await SignInAsync(new Visitor(app), owner.Email, owner.Password)).Signed, "the owner's own password stopped working");
        Assert.False((await SignInAsync(new Visitor(app), owner.Email, "another long password")).Signed, "the stranger's password opened the owner's account");
    }

    [Fact]
    public async Task SignUp_Unconfirmed_CannotSignIn_RightPasswordResendsTheLink_WrongOneIsToldNothing()
    {
        using var person = new Visitor(app);
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.test";
        await SendSignUpAsync(person, email, "my own long password");

        var right = await SignInAsync(new Visitor(app), email, "my own long password");
        var wrong = await SignInAsync(new Visitor(app), email, "not my password at all");
        var unknown = await SignInAsync(new Visitor(app), $"nobody-{Guid.NewGuid():N}@example.test", "not my password at all");

        Assert.False(right.Signed);
        Assert.True(right.Page.Has("not-confirmed"));
        Assert.False(wrong.Signed);
        Assert.False(wrong.Page.Has("not-confirmed"));
        Assert.Equal(unknown.Page.TextOf("problems"), wrong.Page.TextOf("problems"));
        Assert.Equal(2, await MailCountAsync(email, "account.confirm"));
    }

    [Fact]
    public async Task ConfirmLink_OpeningIsNotConfirming_WorksOnce_AndAForgedOneChangesNothing()
    {
        using var person = new Visitor(app);
        var email = $"confirm-{Guid.NewGuid():N}@example.test";
        await SendSignUpAsync(person, email, "my own long password");
        var link = await Mailbox.LinkAsync(app, email, "account.confirm");

        // A mail scanner opening the link does not use it up.
        await new Visitor(app).GetAsync(link);
        var forged = await person.GetAsync(link[..^3] + (link.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA"));
        var forgedAnswer = forged.Has("confirm-form")
            ? await person.SubmitAndFollowAsync(forged, "[data-test=confirm-form]", [])
            : forged;
        var page = await person.GetAsync(link);
        using var confirmed = await person.SubmitAsync(page, "[data-test=confirm-form]", []);
        using var signedIn = await person.Client.GetAsync(new Uri("/Profile/Edit", UriKind.Relative));
        using var replayer = new Visitor(app);
        var replay = await replayer.SubmitAndFollowAsync(await replayer.GetAsync(link), "[data-test=confirm-form]", []);

        Assert.True(forgedAnswer.Has("confirm-broken"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.True(replay.Has("confirm-broken"));
        using var replayerProfile = await replayer.Client.GetAsync(new Uri("/Profile/Edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, replayerProfile.StatusCode);
    }

    [Fact]
    public async Task SignUp_AgainBeforeConfirming_TheLatestPasswordWins_AndTheOlderLinkStopsWorking()
    {
        // A stranger signs up first with someone else's address; the owner of the address signs up after.
        var email = $"squat-{Guid.NewGuid():N}@example.test";
        using var stranger = new Visitor(app);
        await SendSignUpAsync(stranger, email, "the stranger's password");
        var strangersLink = await Mailbox.LinkAsync(app, email, "account.confirm");
        using var owner = new Visitor(app);
        await SendSignUpAsync(owner, email, "the owner's own password");
        var ownersLink = await Mailbox.LinkAsync(app, email, "account.confirm");

        var old = await owner.SubmitAndFollowAsync(await owner.GetAsync(strangersLink), "[data-test=confirm-form]", []);
        using var confirmed = await owner.SubmitAsync(await owner.GetAsync(ownersLink), "[data-test=confirm-form]", []);

        Assert.True(old.Has("confirm-broken"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True((await SignInAsync(new Visitor(app), email, "the owner's own password")).Signed);
        Assert.False((await SignInAsync(new Visitor(app), email, "the stranger's password")).Signed);
    }

    [Fact]
    public async Task Purge_AnAccountNeverConfirmedForAWeek_IsDeletedWithItsProfile_ButNotARenewedOrConfirmedOne()
    {
        var stale = $"stale-{Guid.NewGuid():N}@example.test";
        var renewed = $"renewed-{Guid.NewGuid():N}@example.test";
        await SendSignUpAsync(new Visitor(app), stale, "a long password here");
        await SendSignUpAsync(new Visitor(app), renewed, "a long password here");
        using var confirmed = await Visitor.SignUpAsync(app);
        await AgeAccountsAsync(TimeSpan.FromDays(8), stale, renewed, confirmed.Email);
        await SendSignUpAsync(new Visitor(app), renewed, "a second long password");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        var staleId = await db.Users.Where(u => u.Email == stale).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var purged = await Goen.Data.Accounts.AccountData.PurgeUnconfirmedAsync(db, DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);

        Assert.True(purged >= 1);
        Assert.False(await db.Users.AnyAsync(u => u.Email == stale, TestContext.Current.CancellationToken));
        Assert.False(await db.People.AnyAsync(p => p.UserId == staleId, TestContext.Current.CancellationToken));
        Assert.True(await db.Users.AnyAsync(u => u.Email == renewed, TestContext.Current.CancellationToken), "a sign-up again yesterday counts from then");
        Assert.True((await SignInAsync(new Visitor(app), confirmed.Email, confirmed.Password)).Signed, "a confirmed account of the same age was deleted");
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

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> SendSignUpAsync(Visitor visitor, string email, string password)
    {
        var page = await visitor.GetAsync("/Account/SignUp");
        return await visitor.SubmitAndFollowAsync(page, "[data-test=sign-up-form]", new() { ["Input.Name"] = "Someone", ["Input.Email"] = email, ["Input.Password"] = password });
    }

    private static async Task<(bool Signed, AngleSharp.Html.Dom.IHtmlDocument Page)> SignInAsync(Visitor visitor, string email, string password)
    {
        using (visitor)
        {
            var page = await visitor.GetAsync("/Account/SignIn");
            var result = await visitor.SubmitAndFollowAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = email, ["Input.Password"] = password });
            using var profile = await visitor.Client.GetAsync(new Uri("/Profile/Edit", UriKind.Relative));
            return (profile.StatusCode == HttpStatusCode.OK, result);
        }
    }

    private async Task<string> MailTextAsync(string email, string kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.Where(m => m.ToAddress == email && m.Kind == kind).Select(m => m.TextBody).SingleAsync();
    }

    private async Task AgeAccountsAsync(TimeSpan by, params string[] emails)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        foreach (var user in await db.Users.Where(u => emails.Contains(u.Email)).ToListAsync(TestContext.Current.CancellationToken))
        {
            user.CreatedAt -= by;
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> MailCountAsync(string email, string kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.CountAsync(m => m.ToAddress == email && m.Kind == kind);
    }
}

public sealed class SqliteAccountTests(SqliteApp app) : AccountTests(app);

public sealed class PostgresAccountTests(PostgresApp app) : AccountTests(app);
