using System.Net;
using Goen.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Pages;

/// <summary>"Forgot your password?": a one-time link by mail, the same answer for unknown addresses, sessions ended.</summary>
public abstract partial class PasswordResetTests(GoenWebFactory app)
{
    [Fact]
    public async Task Reset_FromTheMailedLink_SetsTheNewPasswordOnceAndEndsOtherSessions()
    {
        using var me = await Visitor.SignUpAsync(app, "Forgetful");
        using var stranger = new Visitor(app);

        var sent = await RequestAsync(stranger, me.Email);
        var link = await LinkForAsync(me.Email);
        var form = await stranger.GetAsync(link);
        var signIn = await stranger.SubmitAndFollowAsync(form, "[data-test=reset-form]", new() { ["NewPassword"] = "a brand new passphrase" });
        using var oldSession = await me.Client.GetAsync(new Uri("/api/profile", UriKind.Relative));
        var replay = await stranger.SubmitAndFollowAsync(form, "[data-test=reset-form]", new() { ["NewPassword"] = "another new passphrase" });
        using var fresh = new Visitor(app);
        var page = await fresh.GetAsync("/Account/SignIn");
        using var signedIn = await fresh.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = me.Email, ["Input.Password"] = "a brand new passphrase" });

        Assert.True(sent.Has("forgot-sent"));
        Assert.True(signIn.Has("reset-done"));
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
        Assert.True(replay.Has("reset-broken"));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Forgot_UnknownAddress_SaysTheSameAndSendsNothing()
    {
        using var stranger = new Visitor(app);
        var address = $"nobody-{Guid.NewGuid():N}@example.test";

        var sent = await RequestAsync(stranger, address);

        Assert.True(sent.Has("forgot-sent"));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.AnyAsync(m => m.ToAddress == address));
    }

    [Theory]
    [InlineData("not-base64!!")]
    [InlineData("Q2ZESjhGb3JnZWQ")]
    [InlineData("")]
    public async Task Reset_ForgedOrMissingToken_SaysTheLinkCannotBeUsedAndChangesNothing(string token)
    {
        using var me = await Visitor.SignUpAsync(app, "Target");
        using var stranger = new Visitor(app);

        var form = await stranger.GetAsync($"/Account/Reset?email={Uri.EscapeDataString(me.Email)}&token={token}");
        var forged = form.Has("reset-form")
            ? await stranger.SubmitAndFollowAsync(form, "[data-test=reset-form]", new() { ["NewPassword"] = "an attacker's passphrase" })
            : form;
        using var still = await me.Client.GetAsync(new Uri("/api/profile", UriKind.Relative));

        Assert.True(forged.Has("reset-broken"));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task ResetMail_IsInTheAccountsLanguage()
    {
        using var me = await Visitor.SignUpAsync(app, "日本語の人", "ja");
        using var stranger = new Visitor(app);

        await RequestAsync(stranger, me.Email);

        await using var scope = app.Services.CreateAsyncScope();
        var mail = await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.SingleAsync(m => m.ToAddress == me.Email && m.Kind == "account.reset");
        Assert.Equal("ja", mail.Culture);
        Assert.Contains("パスワード", mail.Subject, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RequestAsync(Visitor visitor, string email)
    {
        var page = await visitor.GetAsync("/Account/Forgot");
        return await visitor.SubmitAndFollowAsync(page, "[data-test=forgot-form]", new() { ["Email"] = email });
    }

    private Task<string> LinkForAsync(string email) => Mailbox.LinkAsync(app, email, "account.reset");
}

public sealed class SqlitePasswordResetTests(SqliteApp app) : PasswordResetTests(app);

public sealed class PostgresPasswordResetTests(PostgresApp app) : PasswordResetTests(app);
