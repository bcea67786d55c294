using System.Net;
using Goen.Data;

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
}
