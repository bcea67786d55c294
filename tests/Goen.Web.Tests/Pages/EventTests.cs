using System.Net;

namespace Goen.Web.Tests.Pages;

/// <summary>Creating events, the self-registration link, and the attendee list with the engine's suggestions.</summary>
public abstract class EventTests(GoenWebFactory app)
{
    [Fact]
    public async Task Create_ValidEvent_OrganizerSeesItWithRegistrationLink()
    {
        using var organizer = await Visitor.SignUpAsync(app);

        var (id, link) = await organizer.CreateEventAsync("Tech 交流会 #1");

        var events = await organizer.GetAsync("/Events");
        Assert.Contains("Tech 交流会 #1", events.TextOf("events"), StringComparison.Ordinal);
        Assert.StartsWith("/Events/Register/", link, StringComparison.Ordinal);
        var details = await organizer.GetAsync($"/Events/Details/{id}");
        Assert.True(details.Has("organizer-tools"));
    }

    [Fact]
    public async Task Create_MissingTitleAndOverLongPlace_SaysSoAndCreatesNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var page = await organizer.GetAsync("/Events/Create");

        var result = await organizer.SubmitAndFollowAsync(page, "[data-test=event-form]", new() { ["Input.Title"] = "", ["Input.Place"] = new string('x', 201) });

        var problems = result.TextOf("problems");
        Assert.Contains("Title is required", problems, StringComparison.Ordinal);
        Assert.Contains("Place can be at most 200 characters", problems, StringComparison.Ordinal);
        Assert.True((await organizer.GetAsync("/Events")).Has("no-events"));
    }

    [Fact]
    public async Task Create_ScriptInEveryField_IsShownAsText()
    {
        const string script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        using var organizer = await Visitor.SignUpAsync(app);
        var page = await organizer.GetAsync("/Events/Create");
        var details = await organizer.SubmitAndFollowAsync(page, "[data-test=event-form]", new()
        {
            ["Input.Title"] = script, ["Input.Date"] = "2026-12-01", ["Input.Place"] = script, ["Input.Description"] = script, ["Input.Tags"] = script,
        });
        var link = new Uri(details.TextOf("registration-link")).PathAndQuery;
        var id = details.QuerySelector("[data-test=attendees-link]")!.GetAttribute("href")!.Split('/')[^1];
        using var anonymous = new Visitor(app);

        foreach (var url in new[] { $"/Events/Details/{id}", $"/Events/Edit/{id}", $"/Events/Attendees/{id}", link, "/Events" })
        {
            var viewer = url == link ? anonymous : organizer;
            using var response = await viewer.Client.GetAsync(new Uri(url, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }

        Assert.Equal(script, details.TextOf("event-title"));
        Assert.Equal(script, details.TextOf("event-description"));
    }

    [Fact]
    public async Task Edit_FromTwoTabs_SecondIsToldAndNothingIsLost()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync("Before");
        var firstTab = await organizer.GetAsync($"/Events/Edit/{id}");
        var secondTab = await organizer.GetAsync($"/Events/Edit/{id}");
        (await organizer.SubmitAsync(firstTab, "[data-test=event-form]", new() { ["Input.Title"] = "First tab" })).Dispose();

        var conflict = await organizer.SubmitAndFollowAsync(secondTab, "[data-test=event-form]", new() { ["Input.Title"] = "Second tab" });

        Assert.Contains("“First tab”", conflict.TextOf("problems"), StringComparison.Ordinal);
        Assert.Equal("Second tab", conflict.ValueOf("title"));
        Assert.Equal("First tab", (await organizer.GetAsync($"/Events/Details/{id}")).TextOf("event-title"));
        var saved = await organizer.SubmitAndFollowAsync(conflict, "[data-test=event-form]", []);
        Assert.Equal("Second tab", saved.TextOf("event-title"));
    }

    [Fact]
    public async Task Edit_ByAttendee_IsNotFound()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, link) = await organizer.CreateEventAsync();
        using var attendee = await Visitor.SignUpAsync(app);
        await attendee.RegisterAsync(link);

        await attendee.GetAsync($"/Events/Edit/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Register_ThroughLink_AttendeeSeesTheListWithSuggestions()
    {
        using var organizer = await Visitor.SignUpAsync(app, "主催 太郎");
        await organizer.SaveProfileAsync(new() { ["Input.Offers"] = "ホームページ制作, WordPress", ["Input.Interests"] = "ワイン, 登山" });
        var (id, link) = await organizer.CreateEventAsync();
        using var attendee = await Visitor.SignUpAsync(app, "Alex Guest");
        await attendee.SaveProfileAsync(new() { ["Input.Needs"] = "a new website for my cafe", ["Input.Interests"] = "wine tasting" });

        await attendee.RegisterAsync(link);

        var list = await attendee.GetAsync($"/Events/Attendees/{id}");
        var host = Assert.Single(list.All("attendee"), a => a.TextOf("attendee-name") == "主催 太郎");
        Assert.Contains("ワイン", host.TextOf("ask-about"), StringComparison.Ordinal);
        Assert.Contains("website", host.TextOf("they-can-help"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("主催 太郎 offers “ホームページ制作”, which fits what you are looking for", host.TextOf("they-can-help"), StringComparison.Ordinal);
        Assert.DoesNotContain("↔", host.TextOf("they-can-help"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_DoubleClicked_BothClicksSucceedAndRegisterOnce()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, link) = await organizer.CreateEventAsync();
        using var attendee = await Visitor.SignUpAsync(app, "Double Clicker");
        var page = await attendee.GetAsync(link);

        var clicks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => attendee.SubmitAsync(page, "form:has([data-test=register])", [])));

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        Assert.Single((await organizer.GetAsync($"/Events/Attendees/{id}")).All("attendee"), a => a.TextOf("attendee-name") == "Double Clicker");
        foreach (var click in clicks)
        {
            click.Dispose();
        }
    }

    [Fact]
    public async Task CancelRegistration_Attendee_LeavesTheListAndCanComeBack()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, link) = await organizer.CreateEventAsync();
        using var attendee = await Visitor.SignUpAsync(app, "Maybe Later");
        await attendee.RegisterAsync(link);
        var details = await attendee.GetAsync($"/Events/Details/{id}");

        (await attendee.SubmitAsync(details, "form:has([data-test=cancel-registration])", [])).Dispose();

        await attendee.GetAsync($"/Events/Attendees/{id}", HttpStatusCode.NotFound);
        var seen = await organizer.GetAsync($"/Events/Attendees/{id}");
        Assert.Equal("Cancelled", Assert.Single(seen.All("attendee"), a => a.TextOf("attendee-name") == "Maybe Later").TextOf("status"));
        await attendee.RegisterAsync(link);
        Assert.Equal(2, (await attendee.GetAsync($"/Events/Attendees/{id}")).All("attendee").Count);
    }

    [Fact]
    public async Task CancelRegistration_Stranger_IsNotFound()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (id, _) = await organizer.CreateEventAsync();
        using var stranger = await Visitor.SignUpAsync(app);
        var token = await stranger.AntiforgeryTokenAsync("/Profile/Edit");

        using var response = await stranger.Client.PostAsync(new Uri($"/Events/Details/{id}?handler=Cancel", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False((await organizer.GetAsync($"/Events/Attendees/{id}")).Has("status"));
    }

    [Fact]
    public async Task Register_Anonymous_SeesEventAndIsAskedToSignIn()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (_, link) = await organizer.CreateEventAsync("招待イベント");
        using var anonymous = new Visitor(app, "ja");

        var page = await anonymous.GetAsync(link);

        Assert.Equal("招待イベント", page.TextOf("event-title"));
        Assert.Contains(Uri.EscapeDataString(link), page.QuerySelector("[data-test=register-sign-up]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ForgedCode_IsNotFound()
    {
        using var visitor = await Visitor.SignUpAsync(app);

        var page = await visitor.GetAsync("/Events/Register/not-a-real-code", HttpStatusCode.NotFound);

        Assert.Contains("not shared with you", page.TextOf("error-message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FormulaInText_IsDefusedAndHasBom()
    {
        using var organizer = await Visitor.SignUpAsync(app, "=HYPERLINK(\"http://evil.example\",\"click\")");
        await organizer.SaveProfileAsync(new() { ["Input.Offers"] = "+cmd|' /C calc'!A0", ["Input.Needs"] = "@SUM(1+1)", ["Input.Interests"] = "-2+3" });
        var (id, _) = await organizer.CreateEventAsync();

        using var response = await organizer.Client.GetAsync(new Uri($"/Events/Export/{id}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("'+cmd|' /C calc'!A0", csv, StringComparison.Ordinal);
        Assert.Contains("'@SUM(1+1)", csv, StringComparison.Ordinal);
        Assert.Contains("'-2+3", csv, StringComparison.Ordinal);
    }
}

public sealed class SqliteEventTests(SqliteApp app) : EventTests(app);

public sealed class PostgresEventTests(PostgresApp app) : EventTests(app);
