using System.Net;
using System.Text;

namespace Goen.Web.Tests.Access;

/// <summary>
/// Every page and API route, as an anonymous visitor and as another signed-in person who organizes an event
/// of their own: each gets only what the table says, no response holds the owner's or attendees' private
/// text, and nothing of theirs changes. A route missing from the table fails the test, so new routes must
/// be added here.
/// </summary>
public abstract class AccessTests(GoenWebFactory app)
{
    private static readonly Dictionary<string, (Expect Anonymous, Expect Stranger)> Table = new(StringComparer.Ordinal)
    {
        ["GET /"] = (Expect.Ok, Expect.Ok),
        ["GET /Index"] = (Expect.Ok, Expect.Ok),
        ["GET /Account/SignIn"] = (Expect.Ok, Expect.Ok),
        ["GET /Account/SignUp"] = (Expect.Ok, Expect.Ok),
        ["GET /Account/SignOut"] = (Expect.SignIn, Expect.Redirect),
        ["GET /Culture/Set"] = (Expect.Redirect, Expect.Redirect),
        ["GET /Error"] = (Expect.Ok, Expect.Ok),
        ["GET /Events"] = (Expect.SignIn, Expect.Ok),
        ["GET /Events/Index"] = (Expect.SignIn, Expect.Ok),
        ["GET /Events/Create"] = (Expect.SignIn, Expect.Ok),
        ["GET /Events/Attendees/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Events/Details/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Events/Edit/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Events/Export/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Events/Import/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Events/Register/{code}"] = (Expect.NotFound, Expect.NotFound),
        ["GET /People/Details/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Profile/Edit"] = (Expect.SignIn, Expect.Ok),
        ["GET /api/events"] = (Expect.Unauthorized, Expect.Ok),
        ["GET /api/events/{id:int}"] = (Expect.Unauthorized, Expect.NotFound),
        ["GET /api/events/{id:int}/attendees"] = (Expect.Unauthorized, Expect.NotFound),
        ["GET /api/people/{id:int}"] = (Expect.Unauthorized, Expect.NotFound),
        ["GET /api/profile"] = (Expect.Unauthorized, Expect.Ok),
        ["GET /health"] = (Expect.Ok, Expect.Ok),
        ["GET /openapi/{documentName}.json"] = (Expect.Ok, Expect.Ok),
        ["POST /"] = (Expect.BadRequest, Expect.BadRequest),
        ["POST /Index"] = (Expect.BadRequest, Expect.BadRequest),
        ["POST /Account/SignIn"] = (Expect.Ok, Expect.Ok),
        ["POST /Account/SignUp"] = (Expect.Ok, Expect.Ok),
        ["POST /Culture/Set"] = (Expect.Redirect, Expect.Redirect),
        ["POST /Error"] = (Expect.Ok, Expect.Ok),
        ["POST /Events"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Events/Index"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Events/Create"] = (Expect.SignIn, Expect.Ok),
        ["POST /Events/Attendees/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Events/Details/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Events/Edit/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["POST /Events/Export/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Events/Import/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Events/Register/{code}"] = (Expect.SignIn, Expect.NotFound),
        ["POST /People/Details/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Profile/Edit"] = (Expect.SignIn, Expect.Redirect),
        ["POST /api/events"] = (Expect.Unauthorized, Expect.Ok),
        ["POST /health"] = (Expect.Ok, Expect.Ok),
        ["PUT /api/profile"] = (Expect.Unauthorized, Expect.Conflict),

        // Last, because it ends the stranger's session.
        ["POST /Account/SignOut"] = (Expect.SignIn, Expect.Redirect),
    };

    [Fact]
    public void Table_CoversEveryRoute()
    {
        var routes = EndpointList.Of(app);

        Assert.Equal(Table.Keys.Order(StringComparer.Ordinal), routes);
        Assert.Equal("POST /Account/SignOut", Table.Keys.Last());
    }

    [Fact]
    public async Task EveryRoute_AnonymousAndStranger_GetNothingPrivateAndChangeNothing()
    {
        var world = await PrivateWorld.CreateAsync(app);
        using var anonymous = new Visitor(app);
        using var stranger = await Visitor.SignUpAsync(app, "Stranger");
        await stranger.CreateEventAsync("Stranger's own event");
        var anonymousToken = await anonymous.AntiforgeryTokenAsync("/Account/SignIn");
        var strangerToken = await stranger.AntiforgeryTokenAsync("/Profile/Edit");
        var failures = new List<string>();

        foreach (var (route, expected) in Table)
        {
            var (method, pattern) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var path = pattern
                .Replace("{id:int}", (pattern.StartsWith("/People", StringComparison.Ordinal) || pattern.StartsWith("/api/people", StringComparison.Ordinal) ? world.PersonId : world.EventId).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{code}", "forged-" + world.RegistrationCode[..5], StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal);
            await CheckAsync(anonymous, anonymousToken, method, path, expected.Anonymous, "anonymous", world, failures);
            await CheckAsync(stranger, strangerToken, method, path, expected.Stranger, "stranger", world, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await world.AssertUnchangedAsync();
    }

    private static async Task CheckAsync(Visitor visitor, string token, string method, string path, Expect expected, string who, PrivateWorld world, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST" && !path.StartsWith("/api", StringComparison.Ordinal))
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Name"] = "Overwritten",
                ["Input.Title"] = "Overwritten",
                ["Mapping[0]"] = "Name",
            });
        }
        else if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{\"name\":\"Overwritten\",\"title\":\"Overwritten\"}", Encoding.UTF8, "application/json");
        }

        using var response = await visitor.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = response.StatusCode;
        var location = response.Headers.Location is null ? "" : response.RedirectPath();
        var ok = expected switch
        {
            Expect.Ok => status is HttpStatusCode.OK or HttpStatusCode.Created,
            Expect.SignIn => status == HttpStatusCode.Redirect && location.StartsWith("/Account/SignIn", StringComparison.Ordinal),
            Expect.Redirect => status == HttpStatusCode.Redirect && location.StartsWith('/'),
            Expect.Unauthorized => status == HttpStatusCode.Unauthorized,
            Expect.NotFound => status == HttpStatusCode.NotFound,
            Expect.Conflict => status == HttpStatusCode.Conflict,
            Expect.BadRequest => status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
            _ => false,
        };
        if (!ok)
        {
            failures.Add($"{who} {method} {path}: expected {expected}, got {(int)status} {location}");
        }

        foreach (var secret in world.Secrets)
        {
            if (body.Contains(secret, StringComparison.Ordinal) || location.Contains(secret, StringComparison.Ordinal))
            {
                failures.Add($"{who} {method} {path}: the response shows \"{secret}\"");
            }
        }
    }
}

public sealed class SqliteAccessTests(SqliteApp app) : AccessTests(app);

public sealed class PostgresAccessTests(PostgresApp app) : AccessTests(app);
