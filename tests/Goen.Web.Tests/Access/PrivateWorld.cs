using Goen.Core.Tests;

namespace Goen.Web.Tests.Access;

/// <summary>
/// An organizer with an event, private profile text, imported attendees (with e-mail addresses) and one
/// registered attendee: everything here is private to them, so no outsider's response may contain it.
/// </summary>
internal sealed class PrivateWorld
{
    private readonly Visitor _organizer;
    private string _profileBefore = "";
    private string _attendeesBefore = "";
    private string _titleBefore = "";

    private PrivateWorld(Visitor organizer) => _organizer = organizer;

    public int EventId { get; private set; }

    public int PersonId { get; private set; }

    public string RegistrationCode { get; private set; } = "";

    public IReadOnlyList<string> Secrets { get; private set; } = [];

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
        using (var attendee = await Visitor.SignUpAsync(app, $"Attendee-{tag}"))
        {
            await attendee.SaveProfileAsync(new() { ["Input.Offers"] = $"AttendeeOffer-{tag}" });
            await attendee.RegisterAsync(link);
        }

        var details = await organizer.GetAsync($"/Events/Details/{eventId}");
        var attendees = await organizer.GetAsync($"/Events/Attendees/{eventId}");
        world.EventId = eventId;
        world.RegistrationCode = link.Split('/')[^1];
        world.PersonId = int.Parse(attendees.All("attendee-name").First(a => a.TextContent.StartsWith("Organizer-", StringComparison.Ordinal)).GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        world.Secrets =
        [
            $"SameEventsOrg-{tag}", $"SameEventsOffer-{tag}", $"OnlyMeNeed-{tag}", $"only-me-{tag}@example.test",
            $"PrivateEvent-{tag}", $"Attendee-{tag}", $"AttendeeOffer-{tag}", world.RegistrationCode,
            "佐藤 健", "ken.sato@example.jp", "misaki@takahashi-kaikei.example.jp",
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
