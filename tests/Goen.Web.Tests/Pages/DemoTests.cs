using System.Net;
using Goen.Data;

namespace Goen.Web.Tests.Pages;

/// <summary>The demo community, one click away on an empty instance.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task LoadDemo_OnEmptyInstance_SignsInAndShowsSuggestions()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        using var visitor = new Visitor(app, "ja");
        var home = await visitor.GetAsync("/");

        var list = await visitor.SubmitAndFollowAsync(home, "form:has([data-test=load-demo])", []);

        Assert.Equal(70, list.All("attendee").Count);
        Assert.True(list.All("ask-about").Count + list.All("they-can-help").Count + list.All("you-can-help").Count > 10);
        Assert.Equal("参加者", list.QuerySelector("h1")!.TextContent);
        Assert.False((await visitor.GetAsync("/")).Has("load-demo"));
    }

    [Fact]
    public async Task LoadDemo_OrganizerHasANetwork_HomePageStartsWithGiving()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        using var visitor = new Visitor(app);
        (await visitor.SubmitAsync(await visitor.GetAsync("/"), "form:has([data-test=load-demo])", [])).Dispose();

        var home = await visitor.GetAsync("/");
        var network = await visitor.GetAsync("/Network");

        Assert.Equal(6, network.All("contact").Count);
        Assert.NotEmpty(home.All("help-now-item"));
        Assert.NotEmpty(home.All("follow-up"));
    }

    [Fact]
    public async Task LoadDemo_WhenInstanceHasAccounts_IsNotOfferedAndDoesNothing()
    {
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite);
        await app.InitializeAsync();
        using var first = await Visitor.SignUpAsync(app);
        using var visitor = new Visitor(app);
        var home = await visitor.GetAsync("/");
        var token = await visitor.AntiforgeryTokenAsync("/Account/SignIn");

        using var forced = await visitor.Client.PostAsync(new Uri("/?handler=Demo", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.False(home.Has("load-demo"));
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal("/", forced.RedirectPath());
        Assert.True((await first.GetAsync("/Events")).Has("no-events"));
    }
}
