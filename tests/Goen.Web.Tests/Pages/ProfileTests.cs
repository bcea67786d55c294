using System.Net;

namespace Goen.Web.Tests.Pages;

/// <summary>Editing one's own profile: saving, limits, script, and two tabs saving at once.</summary>
public abstract class ProfileTests(GoenWebFactory app)
{
    [Fact]
    public async Task Save_AllFields_AreKeptWithTheirVisibility()
    {
        using var visitor = await Visitor.SignUpAsync(app);

        await visitor.SaveProfileAsync(new()
        {
            ["Input.Organization"] = "株式会社テスト",
            ["Input.Offers"] = "ホームページ制作",
            ["Input.Needs"] = "hiring an accountant",
            ["Input.InterestsVisibility"] = "OnlyMe",
        });

        var page = await visitor.GetAsync("/Profile/Edit");
        Assert.Equal("株式会社テスト", page.ValueOf("organization"));
        Assert.Equal("hiring an accountant", page.ValueOf("needs"));
        Assert.Equal("OnlyMe", page.ValueOf("interests-visibility"));
        Assert.Equal("OnlyMe", page.ValueOf("email-visibility"));
    }

    [Fact]
    public async Task Save_OverLongField_SaysWhichAndSavesNothing()
    {
        using var visitor = await Visitor.SignUpAsync(app, "Keep me");

        var result = await visitor.SaveProfileAsync(new() { ["Input.Name"] = "Changed", ["Input.Offers"] = new string('あ', 2001) });

        Assert.Contains("What I can help with can be at most 2000 characters", result.TextOf("problems"), StringComparison.Ordinal);
        var page = await visitor.GetAsync("/Profile/Edit");
        Assert.Equal("Keep me", page.ValueOf("name"));
    }

    [Fact]
    public async Task Save_ScriptInEveryField_IsShownAsText()
    {
        const string script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        using var owner = await Visitor.SignUpAsync(app);
        await owner.SaveProfileAsync(new()
        {
            ["Input.Name"] = script,
            ["Input.Organization"] = script,
            ["Input.Role"] = script,
            ["Input.Offers"] = script,
            ["Input.Needs"] = script,
            ["Input.Interests"] = script,
            ["Input.Languages"] = script,
        });
        var (eventId, _) = await owner.CreateEventAsync(script);

        using var response = await owner.Client.GetAsync(new Uri($"/Events/Attendees/{eventId}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var page = await Visitor.ParseAsync(html);
        Assert.Equal(script, page.TextOf("attendee-name"));
        Assert.Equal(7, page.QuerySelectorAll("dd").Count(d => d.TextContent == script) + 1);
    }

    [Fact]
    public async Task Save_FromTwoTabs_SecondIsToldAndLosesNothing()
    {
        using var visitor = await Visitor.SignUpAsync(app);
        var firstTab = await visitor.GetAsync("/Profile/Edit");
        var secondTab = await visitor.GetAsync("/Profile/Edit");
        (await visitor.SubmitAsync(firstTab, "[data-test=profile-form]", new() { ["Input.Offers"] = "first tab's offers" })).Dispose();

        var conflict = await visitor.SubmitAndFollowAsync(secondTab, "[data-test=profile-form]", new() { ["Input.Offers"] = "second tab's offers" });

        Assert.Contains("changed somewhere else", conflict.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal("second tab's offers", conflict.ValueOf("offers"));
        Assert.Contains("first tab's offers", conflict.TextOf("offers-newer"), StringComparison.Ordinal);
        var saved = await visitor.GetAsync("/Profile/Edit");
        Assert.Equal("first tab's offers", saved.ValueOf("offers"));

        var resaved = await visitor.SubmitAndFollowAsync(conflict, "[data-test=profile-form]", []);

        Assert.True(resaved.Has("saved"));
        Assert.Equal("second tab's offers", resaved.ValueOf("offers"));
    }

    [Fact]
    public async Task Save_ForgedVisibilityValue_IsRefused()
    {
        using var visitor = await Visitor.SignUpAsync(app);
        var page = await visitor.GetAsync("/Profile/Edit");

        using var response = await visitor.SubmitAsync(page, "[data-test=profile-form]", new() { ["Input.EmailVisibility"] = "99", ["Input.Email"] = "me@example.test" });

        var after = await visitor.GetAsync("/Profile/Edit");
        Assert.Equal("OnlyMe", after.ValueOf("email-visibility"));
    }

    [Fact]
    public async Task ProfilePage_Anonymous_GoesToSignIn()
    {
        using var visitor = new Visitor(app);

        using var response = await visitor.Client.GetAsync(new Uri("/Profile/Edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.RedirectPath(), StringComparison.Ordinal);
    }
}

public sealed class SqliteProfileTests(SqliteApp app) : ProfileTests(app);

public sealed class PostgresProfileTests(PostgresApp app) : ProfileTests(app);
