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
        ["GET /Account/Password"] = (Expect.SignIn, Expect.Ok),
        ["GET /Account/Forgot"] = (Expect.Ok, Expect.Ok),
        ["GET /Account/Reset"] = (Expect.Ok, Expect.Ok),
        ["GET /Account/Confirm"] = (Expect.Ok, Expect.Ok),
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

        // The table's post carries no passwords: the form is shown again with what is missing.
        ["POST /Account/Password"] = (Expect.SignIn, Expect.Ok),
        // No address in the table's post: the form comes back asking for one; no link, so nothing to reset.
        ["POST /Account/Forgot"] = (Expect.Ok, Expect.Ok),
        ["POST /Account/Reset"] = (Expect.Ok, Expect.Ok),
        ["POST /Account/Confirm"] = (Expect.Ok, Expect.Ok),
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
        // The table posts no date: an event without one is refused.
        ["POST /api/events"] = (Expect.Unauthorized, Expect.BadRequest),
        ["POST /health"] = (Expect.Ok, Expect.Ok),
        ["PUT /api/profile"] = (Expect.Unauthorized, Expect.Conflict),

        // My network: the stranger gets their own (empty) network, never the owner's.
        ["GET /Network"] = (Expect.SignIn, Expect.Ok),
        ["GET /Network/Index"] = (Expect.SignIn, Expect.Ok),
        ["GET /Network/Log"] = (Expect.SignIn, Expect.Ok),
        ["GET /Network/Card"] = (Expect.SignIn, Expect.Ok),
        ["GET /Network/Settings"] = (Expect.SignIn, Expect.Ok),
        ["GET /Contacts/Details/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Contacts/Edit/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Contacts/Import"] = (Expect.SignIn, Expect.Ok),
        ["GET /Card/{code}"] = (Expect.NotFound, Expect.NotFound),
        ["POST /Network"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Network/Index"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Network/Log"] = (Expect.SignIn, Expect.Redirect),
        ["POST /Network/Card"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Network/Settings"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Contacts/Details/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Contacts/Edit/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["POST /Contacts/Import"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Card/{code}"] = (Expect.BadRequest, Expect.BadRequest),
        ["POST /api/encounters"] = (Expect.Unauthorized, Expect.Ok),
        ["GET /api/contacts"] = (Expect.Unauthorized, Expect.Ok),
        ["GET /api/contacts/{id:int}"] = (Expect.Unauthorized, Expect.NotFound),
        ["PUT /api/contacts/{id:int}"] = (Expect.Unauthorized, Expect.NotFound),
        ["DELETE /api/contacts/{id:int}"] = (Expect.Unauthorized, Expect.NotFound),
        ["POST /api/contacts/{id:int}/merge"] = (Expect.Unauthorized, Expect.NotFound),
        ["GET /api/contacts/{id:int}/help"] = (Expect.Unauthorized, Expect.NotFound),
        ["GET /api/contacts/{id:int}/meeting.ics"] = (Expect.Unauthorized, Expect.NotFound),
        ["GET /api/contacts/export.vcf"] = (Expect.Unauthorized, Expect.Ok),
        // A JSON body is refused as the wrong media type (415) before the sign-in is even looked at.
        ["POST /api/contacts/imports"] = (Expect.BadRequest, Expect.BadRequest),
        ["POST /api/contacts/imports/{draftId:guid}"] = (Expect.Unauthorized, Expect.NotFound),
        ["GET /api/me/export"] = (Expect.Unauthorized, Expect.Ok),
        ["POST /api/me/import"] = (Expect.Unauthorized, Expect.BadRequest),
        ["GET /api/me/calendar"] = (Expect.Unauthorized, Expect.Ok),
        ["POST /api/me/calendar"] = (Expect.Unauthorized, Expect.Ok),
        ["DELETE /api/me/calendar"] = (Expect.Unauthorized, Expect.Ok),
        ["GET /calendar/{token}.ics"] = (Expect.NotFound, Expect.NotFound),

        // Introductions: the stranger gets their own (empty) list; a link without its signed token opens nothing.
        ["GET /Introductions"] = (Expect.SignIn, Expect.Ok),
        ["GET /Introductions/Index"] = (Expect.SignIn, Expect.Ok),
        ["GET /Introductions/Create"] = (Expect.SignIn, Expect.Ok),
        ["GET /Introductions/Details/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Introductions/Answer/{id:int}/{side}"] = (Expect.NotFound, Expect.NotFound),
        ["GET /Introductions/FollowUp/{id:int}/{side}"] = (Expect.NotFound, Expect.NotFound),
        ["GET /Circulation"] = (Expect.SignIn, Expect.Ok),
        ["GET /Circulation/Index"] = (Expect.SignIn, Expect.Ok),
        ["GET /Events/Circulation/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["POST /Introductions"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Introductions/Index"] = (Expect.SignIn, Expect.BadRequest),
        // The table's post names nobody to introduce: the form comes back asking for two people.
        ["POST /Introductions/Create"] = (Expect.SignIn, Expect.Ok),
        ["POST /Introductions/Details/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Introductions/Answer/{id:int}/{side}"] = (Expect.NotFound, Expect.NotFound),
        ["POST /Introductions/FollowUp/{id:int}/{side}"] = (Expect.NotFound, Expect.NotFound),
        ["POST /Circulation"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Circulation/Index"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Events/Circulation/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["GET /api/introductions"] = (Expect.Unauthorized, Expect.Ok),
        ["POST /api/introductions"] = (Expect.Unauthorized, Expect.BadRequest),
        ["GET /api/introductions/{id:int}"] = (Expect.Unauthorized, Expect.NotFound),
        ["POST /api/introductions/{id:int}/ask"] = (Expect.Unauthorized, Expect.NotFound),
        ["POST /api/introductions/{id:int}/outcome"] = (Expect.Unauthorized, Expect.BadRequest),
        ["POST /api/introductions/{id:int}/thanks"] = (Expect.Unauthorized, Expect.BadRequest),
        ["GET /api/circulation"] = (Expect.Unauthorized, Expect.Ok),
        ["GET /api/events/{id:int}/circulation"] = (Expect.Unauthorized, Expect.NotFound),
        // The table's body has no text to look at.
        ["POST /api/text/pitch-hint"] = (Expect.Unauthorized, Expect.BadRequest),

        // Seating: the event's organizer only; the stranger organizes another event and gets nothing of this one's.
        ["GET /api/events/{id:int}/plans/{planId:int}"] = (Expect.Unauthorized, Expect.NotFound),
        ["POST /api/events/{id:int}/plans"] = (Expect.Unauthorized, Expect.BadRequest),
        ["DELETE /api/events/{id:int}/plans/{planId:int}"] = (Expect.Unauthorized, Expect.NotFound),
        ["POST /api/events/{id:int}/plans/{planId:int}/replan"] = (Expect.Unauthorized, Expect.BadRequest),
        ["POST /api/events/{id:int}/checkins"] = (Expect.Unauthorized, Expect.BadRequest),
        ["GET /api/events/{id:int}/report"] = (Expect.Unauthorized, Expect.NotFound),

        // Attendee import: the event's organizer only. The table's JSON body is refused as the wrong media type
        // (415) before anything else; the confirm finds no event of the stranger's, so the organizer's waiting draft stays.
        ["POST /api/events/{id:int}/imports"] = (Expect.BadRequest, Expect.BadRequest),
        ["POST /api/events/{id:int}/imports/{draftId:guid}"] = (Expect.Unauthorized, Expect.NotFound),
        ["GET /Seating/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Seating/Index/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Seating/Show/{id:int}/{planId:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Seating/CheckIn/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Seating/Replan/{id:int}/{planId:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Seating/Print/{id:int}/{planId:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Seating/Report/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Seating/Scan/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["GET /Seating/Handouts/{id:int}/{planId:int}"] = (Expect.SignIn, Expect.NotFound),
        ["POST /Seating/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Seating/Index/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Seating/Show/{id:int}/{planId:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Seating/CheckIn/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Seating/Replan/{id:int}/{planId:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Seating/Print/{id:int}/{planId:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Seating/Report/{id:int}"] = (Expect.SignIn, Expect.BadRequest),
        ["POST /Seating/Scan/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["POST /Seating/Handouts/{id:int}/{planId:int}"] = (Expect.SignIn, Expect.BadRequest),
        // An attendee's own tables: signed in, or by the signed link on their printed itinerary (none here, so nothing opens).
        ["GET /Seating/Itinerary/{id:int}"] = (Expect.SignIn, Expect.NotFound),
        ["POST /Seating/Itinerary/{id:int}"] = (Expect.BadRequest, Expect.BadRequest),

        // Last, because it ends the stranger's session; account deletion, after it, then meets no session
        // (its own tests delete accounts).
        ["POST /Account/SignOut"] = (Expect.SignIn, Expect.Redirect),
        ["DELETE /api/me"] = (Expect.Unauthorized, Expect.Unauthorized),
    };

    [Fact]
    public void Table_CoversEveryRoute()
    {
        var routes = EndpointList.Of(app);

        Assert.Equal(Table.Keys.Order(StringComparer.Ordinal), routes);
        Assert.Equal("DELETE /api/me", Table.Keys.Last());
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
            var path = world.PathOf(pattern);
            await CheckAsync(anonymous, anonymousToken, method, path, expected.Anonymous, "anonymous", world.Secrets, failures);
            await CheckAsync(stranger, strangerToken, method, path, expected.Stranger, "stranger", world.Secrets, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await world.AssertUnchangedAsync();
    }

    /// <summary>
    /// An attendee's network (contacts, notes, encounters, feed, card, upload) against the organizer of their
    /// event and another attendee of it: each gets what a stranger gets, and none of the attendee's secrets.
    /// </summary>
    [Fact]
    public async Task NetworkRoutes_OrganizerAndCoAttendee_GetNothingOfAnAttendeesNetwork()
    {
        var world = await PrivateWorld.CreateAsync(app);
        var coAttendee = await world.CoAttendeeAsync();
        var failures = new List<string>();
        var visitors = new[] { ("organizer", world.Organizer), ("co-attendee", coAttendee) };
        var tokens = new List<string>();
        foreach (var (_, visitor) in visitors)
        {
            tokens.Add(await visitor.AntiforgeryTokenAsync("/Profile/Edit"));
        }

        foreach (var (route, expected) in Table.Where(r => PrivateWorld.IsNetworkRoute(r.Key) && r.Key != "DELETE /api/me"))
        {
            var (method, pattern) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var path = world.AttendeePathOf(pattern);
            for (var v = 0; v < visitors.Length; v++)
            {
                await CheckAsync(visitors[v].Item2, tokens[v], method, path, expected.Stranger, visitors[v].Item1, world.AttendeeSecrets, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await world.AssertAttendeeNetworkUnchangedAsync();
    }

    private static async Task CheckAsync(Visitor visitor, string token, string method, string path, Expect expected, string who, IReadOnlyList<string> secrets, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST" && !path.StartsWith("/api", StringComparison.Ordinal) && !path.StartsWith("/calendar", StringComparison.Ordinal))
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
            Expect.Ok => status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent,
            Expect.SignIn => status == HttpStatusCode.Redirect && location.StartsWith("/Account/SignIn", StringComparison.Ordinal),
            Expect.Redirect => status == HttpStatusCode.Redirect && location.StartsWith('/'),
            Expect.Unauthorized => status == HttpStatusCode.Unauthorized,
            Expect.NotFound => status == HttpStatusCode.NotFound,
            Expect.Conflict => status == HttpStatusCode.Conflict,
            Expect.BadRequest => status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.UnsupportedMediaType,
            _ => false,
        };
        if (!ok)
        {
            failures.Add($"{who} {method} {path}: expected {expected}, got {(int)status} {location}");
        }

        foreach (var secret in secrets)
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
