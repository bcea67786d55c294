using System.Net.Http.Json;
using System.Text.Json;
using Goen.Core.Tests;

namespace Goen.Web.Tests.Access;

/// <summary>
/// An organizer with an event, private profile text, imported attendees (with e-mail addresses) and one
/// registered attendee: everything here is private to them, so no outsider's response may contain it.
/// </summary>
internal sealed class PrivateWorld
{
    private static readonly string[] NetworkPrefixes = [" /Network", " /Contacts", " /Card", " /api/contacts", " /api/encounters", " /api/me", " /calendar", " /Introductions", " /api/introductions", " /Circulation", " /api/circulation"];
    private readonly Visitor _organizer;
    private Visitor _attendee = null!;
    private string _link = "";
    private string _attendeeContactBefore = "";
    private string _profileBefore = "";
    private string _attendeesBefore = "";
    private string _titleBefore = "";

    private PrivateWorld(Visitor organizer) => _organizer = organizer;

    public int EventId { get; private set; }

    public int PersonId { get; private set; }

    public string RegistrationCode { get; private set; } = "";

    /// <summary>Gets the organizer's attendee file waiting to be imported (uploaded through the API).</summary>
    public string ImportDraftId { get; private set; } = "";

    public IReadOnlyList<string> Secrets { get; private set; } = [];

    /// <summary>Gets the organizer, who owns everything in <see cref="Secrets"/>.</summary>
    public Visitor Organizer => _organizer;

    /// <summary>Gets the secrets of the registered attendee's own network: contacts, notes, feed, card, upload.</summary>
    public IReadOnlyList<string> AttendeeSecrets { get; private set; } = [];

    private Network OwnerNetwork { get; set; } = null!;

    private Network AttendeeNetwork { get; set; } = null!;

    /// <summary>Whether a route belongs to a person's own network (contacts, encounters, calendar, card, my data).</summary>
    public static bool IsNetworkRoute(string route) => NetworkPrefixes.Any(p => route.Contains(p, StringComparison.Ordinal));

    /// <summary>A route's pattern with the owner's ids (and forged codes) filled in.</summary>
    public string PathOf(string pattern) => Fill(pattern, OwnerNetwork);

    /// <summary>A route's pattern with the attendee's network ids filled in.</summary>
    public string AttendeePathOf(string pattern) => Fill(pattern, AttendeeNetwork);

    /// <summary>Another attendee of the event, signed in.</summary>
    public async Task<Visitor> CoAttendeeAsync()
    {
        var visitor = await Visitor.SignUpAsync(_organizer.App, "Co-attendee");
        await visitor.RegisterAsync(_link);
        return visitor;
    }

    public async Task AssertAttendeeNetworkUnchangedAsync() =>
        Assert.Equal(_attendeeContactBefore, await _attendee.Client.GetStringAsync(new Uri($"/api/contacts/{AttendeeNetwork.ContactId}", UriKind.Relative)));

    private string Fill(string pattern, Network network)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var id = pattern.StartsWith("/People", StringComparison.Ordinal) || pattern.StartsWith("/api/people", StringComparison.Ordinal) ? PersonId
            : pattern.StartsWith("/Contacts", StringComparison.Ordinal) || pattern.StartsWith("/api/contacts", StringComparison.Ordinal) ? network.ContactId
            : pattern.StartsWith("/Introductions", StringComparison.Ordinal) || pattern.StartsWith("/api/introductions", StringComparison.Ordinal) ? network.IntroductionId
            : EventId;
        return pattern
            .Replace("{id:int}", id.ToString(inv), StringComparison.Ordinal)
            .Replace("{code}", "forged-" + RegistrationCode[..5], StringComparison.Ordinal)
            .Replace("{draftId:guid}", pattern.StartsWith("/api/events", StringComparison.Ordinal) ? ImportDraftId : network.DraftId, StringComparison.Ordinal)
            .Replace("{token}", "forged" + network.FeedToken[..5], StringComparison.Ordinal)
            .Replace("{side}", "a", StringComparison.Ordinal)
            .Replace("{planId:int}", "1", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal);
    }

    /// <summary>Gives a visitor a private network: a contact with notes, a feed, a card and a waiting upload, all tagged.</summary>
    private static async Task<Network> NetworkOfAsync(Visitor owner, string tag, int? personId)
    {
        using (var logged = await owner.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { personId, name = $"{tag}-Contact", talkedAbout = $"{tag}-Talk", theyNeed = $"{tag}-Need", note = $"{tag}-Note" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, logged.StatusCode);
        }

        var contacts = await owner.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/contacts", UriKind.Relative));
        var contactId = contacts.EnumerateArray().First().GetProperty("id").GetInt32();

        // An introduction between two more contacts (people outside Goen, so nobody visiting is a side), asked.
        using var first = await owner.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name = $"{tag}-First" });
        using var other = await owner.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name = $"{tag}-Other" });
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contactId").GetInt32();
        var otherId = (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contactId").GetInt32();
        using var introduced = await owner.Client.PostAsJsonAsync(
            new Uri("/api/introductions", UriKind.Relative),
            new { a = new { contactId = firstId }, b = new { contactId = otherId }, noteToA = $"{tag}-IntroNoteA", noteToB = $"{tag}-IntroNoteB" });
        var introductionId = (await introduced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await owner.Client.PostAsync(new Uri($"/api/introductions/{introductionId}/ask", UriKind.Relative), null)).Dispose();
        var feed = await (await owner.Client.PostAsync(new Uri("/api/me/calendar", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        var token = feed.GetProperty("feedUrl").GetString()!.Split("/calendar/")[1].Split('.')[0];
        var card = (await owner.GetAsync("/Network/Card")).TextOf("card-url").Split("/Card/")[1];
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{tag}-Vcf\r\nNOTE:{tag}-VcfNote\r\nEND:VCARD\r\n")), "file", "secret.vcf" } };
        var preview = await (await owner.Client.PostAsync(new Uri("/api/contacts/imports", UriKind.Relative), form)).Content.ReadFromJsonAsync<JsonElement>();
        var draftId = preview.GetProperty("draftId").GetString()!;
        return new Network(contactId, token, card, draftId, introductionId, [$"{tag}-Contact", $"{tag}-Talk", $"{tag}-Need", $"{tag}-Note", $"{tag}-Vcf", token, card, draftId, $"{tag}-First", $"{tag}-Other", $"{tag}-IntroNoteA", $"{tag}-IntroNoteB"]);
    }

    private sealed record Network(int ContactId, string FeedToken, string CardCode, string DraftId, int IntroductionId, IReadOnlyList<string> Secrets);

    public static async Task<PrivateWorld> CreateAsync(GoenWebFactory app)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var organizer = await Visitor.SignUpAsync(app, $"Organizer-{tag}");
        var world = new PrivateWorld(organizer);
        await organizer.SaveProfileAsync(new()
        {
            ["Input.Organization"] = $"SameEventsOrg-{tag}",
            ["Input.Offers"] = $"SameEventsOffer-{tag}",
            ["Input.Needs"] = $"OnlyMeNeed-{tag}",
            ["Input.NeedsVisibility"] = "OnlyMe",
            ["Input.Email"] = $"only-me-{tag}@example.test",
        });
        var (eventId, link) = await organizer.CreateEventAsync($"PrivateEvent-{tag}");
        var upload = await organizer.GetAsync($"/Events/Import/{eventId}");
        var preview = await organizer.SubmitAndFollowAsync(upload, "[data-test=upload-form]", [], file: ("Upload", "peatix.csv", File.ReadAllBytes(RepoFiles.Sample("peatix-participants-sjis.csv"))));
        (await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();
        var attendee = await Visitor.SignUpAsync(app, $"Attendee-{tag}");
        await attendee.SaveProfileAsync(new() { ["Input.Offers"] = $"AttendeeOffer-{tag}" });
        await attendee.RegisterAsync(link);
        world._attendee = attendee;
        world._link = link;

        var details = await organizer.GetAsync($"/Events/Details/{eventId}");
        var attendees = await organizer.GetAsync($"/Events/Attendees/{eventId}");
        world.EventId = eventId;
        world.RegistrationCode = link.Split('/')[^1];
        world.PersonId = int.Parse(attendees.All("attendee-name").First(a => a.TextContent.StartsWith("Organizer-", StringComparison.Ordinal)).GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        world.OwnerNetwork = await NetworkOfAsync(organizer, $"Owner{tag}", null);
        world.AttendeeNetwork = await NetworkOfAsync(attendee, $"Attendee{tag}", world.PersonId);
        world.AttendeeSecrets = world.AttendeeNetwork.Secrets;
        using (var waiting = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(RepoFiles.Sample("luma-guests.csv"))), "file", "waiting.csv" } })
        {
            var draft = await (await organizer.Client.PostAsync(new Uri($"/api/events/{eventId}/imports", UriKind.Relative), waiting)).Content.ReadFromJsonAsync<JsonElement>();
            world.ImportDraftId = draft.GetProperty("draftId").GetString()!;
        }

        world._attendeeContactBefore = await attendee.Client.GetStringAsync(new Uri($"/api/contacts/{world.AttendeeNetwork.ContactId}", UriKind.Relative));
        world.Secrets =
        [
            .. world.OwnerNetwork.Secrets,
            $"SameEventsOrg-{tag}", $"SameEventsOffer-{tag}", $"OnlyMeNeed-{tag}", $"only-me-{tag}@example.test",
            $"PrivateEvent-{tag}", $"Attendee-{tag}", $"AttendeeOffer-{tag}", world.RegistrationCode,
            "佐藤 健", "ken.sato@example.jp", "misaki@takahashi-kaikei.example.jp",
            world.ImportDraftId, "Northwind Labs", "emily.carter@example.com",
        ];
        world._profileBefore = ProfileText(await organizer.GetAsync("/Profile/Edit"));
        world._attendeesBefore = attendees.TextOf("attendees");
        world._titleBefore = details.TextOf("event-title");
        Assert.Contains("佐藤 健", world._attendeesBefore, StringComparison.Ordinal);
        Assert.Contains($"PrivateEvent-{tag}", details.TextOf("event-title"), StringComparison.Ordinal);
        return world;
    }

    private static string ProfileText(AngleSharp.Html.Dom.IHtmlDocument page) =>
        string.Join("\n", page.QuerySelectorAll("[data-test=profile-form] :is(input, textarea, select)[data-test]").Select(e => e.GetAttribute("data-test") + "=" + page.ValueOf(e.GetAttribute("data-test")!)));

    public async Task AssertUnchangedAsync()
    {
        Assert.Equal(_profileBefore, ProfileText(await _organizer.GetAsync("/Profile/Edit")));
        Assert.Equal(_attendeesBefore, (await _organizer.GetAsync($"/Events/Attendees/{EventId}")).TextOf("attendees"));
        Assert.Equal(_titleBefore, (await _organizer.GetAsync($"/Events/Details/{EventId}")).TextOf("event-title"));
    }
}
