using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Goen.Core.Tests;
using Goen.Data;
using Goen.Data.Events;
using Goen.Data.Seating;
using Goen.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Seating;

/// <summary>
/// An organizer's seating plans through the API: planned in the background and checked by the independent plan
/// checker, cancelled, refused when they cannot be met, re-planned (one of two racing re-plans wins), check-in, the
/// report, and that nobody but the organizer sees or changes any of it.
/// </summary>
public abstract partial class SeatingTests(GoenWebFactory app)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly byte[] Peatix = File.ReadAllBytes(RepoFiles.Sample("peatix-participants-sjis.csv"));

    [Fact]
    public async Task Plan_TablesOfFourWithAPin_IsDoneAndPassesThePlanChecker()
    {
        using var organizer = await Visitor.SignUpAsync(app, "Seating Organizer");
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var host = people[3];

        var (status, planId) = await QueueAsync(organizer, eventId, new { rounds = 3, tableSize = 4, apart = "organization", pins = new[] { new { personId = host, table = 2 } }, timeLimitSeconds = 1 });
        var plan = await DoneAsync(organizer, eventId, planId);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("done", plan.GetProperty("state").GetString());
        Assert.Equal(1.0, plan.GetProperty("progress").GetDouble());
        await AssertValidAsync(planId, plan, people, []);
        Assert.All(plan.GetProperty("rounds").EnumerateArray(), r =>
            Assert.Contains(host, r.GetProperty("tables")[1].GetProperty("personIds").EnumerateArray().Select(p => p.GetInt32())));
    }

    [Fact]
    public async Task Plan_ThatCannotBeMet_Is400WithTheReasonAndQueuesNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);

        using var twelve = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans"), new { rounds = 2, minTableSize = 12, maxTableSize = 12 });
        using var allPinned = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans"), new { rounds = 2, tableSize = 4, pins = people.Select(p => new { personId = p, table = 1 }) });
        using var noRounds = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans"), new { rounds = 0, tableSize = 4 });
        using var apartByShoeSize = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans"), new { rounds = 2, tableSize = 4, apart = "shoeSize" });

        Assert.Equal(HttpStatusCode.BadRequest, twelve.StatusCode);
        Assert.Contains("tables of 12", (await twelve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, allPinned.StatusCode);
        Assert.Contains("pinned", (await allPinned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, noRounds.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, apartByShoeSize.StatusCode);
        Assert.Equal(0, await CountPlansAsync(eventId));
    }

    [Fact]
    public async Task Cancel_ARunningPlan_IsCancelledWithNothingSavedAndCannotBeCancelledTwice()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 3, tableSize = 4, timeLimitSeconds = 60 });

        using var cancel = await organizer.Client.DeleteAsync(Api($"/api/events/{eventId}/plans/{planId}"));
        using var again = await organizer.Client.DeleteAsync(Api($"/api/events/{eventId}/plans/{planId}"));
        await Poll.UntilAsync(async () => (await RowAsync(planId)).ClaimedUntil is null, "the worker lets the cancelled job go");
        var plan = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");
        var row = await RowAsync(planId);

        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("cancelled", plan.GetProperty("state").GetString());
        Assert.Empty(plan.GetProperty("rounds").EnumerateArray());
        Assert.Null(row.PlanJson);
    }

    [Fact]
    public async Task Job_LeftBehindByAStoppedInstance_IsTakenUpAndDone_OrFailedAfterTooManyTakes()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var past = DateTimeOffset.UtcNow.AddMinutes(-1);
        var request = JsonSerializer.Serialize(new PlanRequest(2, TableSize: 4, TimeLimitSeconds: 0.5), Web);
        var leftBehind = await InsertAsync(new EventPlan { EventId = eventId, RequestJson = request, ClaimedBy = "stopped-instance", ClaimedUntil = past, Attempts = 1, CreatedAt = past, UpdatedAt = past });
        var givenUp = await InsertAsync(new EventPlan { EventId = eventId, RequestJson = request, ClaimedBy = "stopped-instance", ClaimedUntil = past, Attempts = SeatingJobs.MaxAttempts, CreatedAt = past, UpdatedAt = past });

        var taken = await DoneAsync(organizer, eventId, leftBehind);
        await Poll.UntilAsync(async () => (await RowAsync(givenUp)).State == EventPlanState.Failed, "the job taken up too often is failed");

        Assert.Equal("done", taken.GetProperty("state").GetString());
        Assert.Equal(2, (await RowAsync(leftBehind)).Attempts);
        Assert.Null((await RowAsync(givenUp)).PlanJson);
    }

    [Fact]
    public async Task Replan_WithNoShowsAndAWalkIn_KeepsHeldRoundsSeatsTheWalkInAndPassesThePlanChecker()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 3, tableSize = 4, timeLimitSeconds = 1 });
        var before = await DoneAsync(organizer, eventId, planId);
        int[] absent = [people[0], people[1]];

        var after = await PostAsync(organizer, $"/api/events/{eventId}/plans/{planId}/replan", new
        {
            fromRound = 2,
            absent,
            walkIns = new[] { new { name = "飛び入り 太郎", offers = "ウェブ制作", interests = "コーヒー" } },
        });
        var walkIn = after.GetProperty("walkIns")[0].GetProperty("personId").GetInt32();
        var seated = after.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("personIds").EnumerateArray().Select(p => p.GetInt32())).ToHashSet()).ToList();

        Assert.Equal(before.GetProperty("rounds")[0].ToString(), after.GetProperty("rounds")[0].ToString());
        Assert.DoesNotContain(walkIn, seated[0]);
        Assert.All(seated.Skip(1), round => Assert.Contains(walkIn, round));
        Assert.All(seated.Skip(1), round => Assert.DoesNotContain(people[0], round));
        await AssertValidAsync(planId, after, [.. people.Except(absent), walkIn], absent, heldRounds: 1);
        Assert.True(await IsCheckedInAsync(eventId, walkIn));
    }

    [Fact]
    public async Task Replan_TwoAtOnce_OneWinsAndTheOtherIs409()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 3, tableSize = 4, timeLimitSeconds = 1 });
        await DoneAsync(organizer, eventId, planId);

        var answers = await Task.WhenAll(
            organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans/{planId}/replan"), new { fromRound = 2, absent = new[] { people[0] }, walkIns = new[] { new { name = "Racer One" } } }),
            organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans/{planId}/replan"), new { fromRound = 2, absent = new[] { people[1] }, walkIns = new[] { new { name = "Racer Two" } } }));
        var statuses = answers.Select(a => a.StatusCode).Order().ToList();
        var saved = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");
        var walkIns = await WalkInNamesAsync(eventId);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        Assert.Single(walkIns);
        Assert.Equal("done", saved.GetProperty("state").GetString());
    }

    [Fact]
    public async Task CheckIn_AnAttendee_IsCountedInTheReport_AndSomeoneNotAttendingIs404()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 2, tableSize = 4, timeLimitSeconds = 0.5 });
        await DoneAsync(organizer, eventId, planId);

        using var checkIn = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/checkins"), new { personId = people[2] });
        using var nobody = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/checkins"), new { personId = int.MaxValue });
        var report = await GetAsync(organizer, $"/api/events/{eventId}/report");

        Assert.Equal(HttpStatusCode.NoContent, checkIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        Assert.Equal(people.Count, report.GetProperty("attendees").GetInt32());
        Assert.Equal(1, report.GetProperty("checkedIn").GetInt32());
        Assert.True(report.GetProperty("planned").GetBoolean());
        Assert.Equal(people.Count, report.GetProperty("metSomeoneNew").GetInt32());
        Assert.Equal(0, report.GetProperty("encounters").GetInt32());
    }

    [Fact]
    public async Task Privacy_AnotherOrganizerAnAttendeeAndAnonymous_SeeAndChangeNothing()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, link) = await EventWithAttendeesAsync(organizer);
        var people = await AttendingAsync(eventId);
        var (_, planId) = await QueueAsync(organizer, eventId, new { rounds = 2, tableSize = 4, timeLimitSeconds = 0.5 });
        await DoneAsync(organizer, eventId, planId);
        using var stranger = await Visitor.SignUpAsync(app, "Other Organizer");
        await stranger.CreateEventAsync("Other event");
        using var attendee = await Visitor.SignUpAsync(app, "Plain Attendee");
        await attendee.RegisterAsync(link);
        using var anonymous = new Visitor(app);

        foreach (var (visitor, expected) in new[] { (stranger, HttpStatusCode.NotFound), (attendee, HttpStatusCode.NotFound), (anonymous, HttpStatusCode.Unauthorized) })
        {
            using var get = await visitor.Client.GetAsync(Api($"/api/events/{eventId}/plans/{planId}"));
            using var plan = await visitor.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans"), new { rounds = 2, tableSize = 4 });
            using var cancel = await visitor.Client.DeleteAsync(Api($"/api/events/{eventId}/plans/{planId}"));
            using var replan = await visitor.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans/{planId}/replan"), new { fromRound = 2, absent = new[] { people[0] } });
            using var checkIn = await visitor.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/checkins"), new { personId = people[0] });
            using var report = await visitor.Client.GetAsync(Api($"/api/events/{eventId}/report"));
            Assert.All([get, plan, cancel, replan, checkIn, report], r => Assert.Equal(expected, r.StatusCode));
        }

        Assert.Equal(1, await CountPlansAsync(eventId));
        Assert.False(await IsCheckedInAsync(eventId, people[0]));
        Assert.Empty(await WalkInNamesAsync(eventId));
    }

    private static Uri Api(string path) => new(path, UriKind.Relative);

    /// <summary>An event of the organizer's with the sample Peatix file imported (about a dozen people besides the organizer).</summary>
    private static async Task<(int EventId, string Link)> EventWithAttendeesAsync(Visitor organizer)
    {
        var (eventId, link) = await organizer.CreateEventAsync("席替え交流会 Seating mixer");
        var upload = await organizer.GetAsync($"/Events/Import/{eventId}");
        var preview = await organizer.SubmitAndFollowAsync(upload, "[data-test=upload-form]", [], file: ("Upload", "peatix.csv", Peatix));
        (await organizer.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]")).Dispose();
        return (eventId, link);
    }

    private static async Task<(HttpStatusCode Status, int PlanId)> QueueAsync(Visitor organizer, int eventId, object body)
    {
        using var response = await organizer.Client.PostAsJsonAsync(Api($"/api/events/{eventId}/plans"), body);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST plans: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32());
    }

    /// <summary>Polls the plan until it is no longer running (bounded), and returns it.</summary>
    private static async Task<JsonElement> DoneAsync(Visitor organizer, int eventId, int planId)
    {
        JsonElement plan = default;
        await Poll.UntilAsync(
            async () =>
            {
                plan = await GetAsync(organizer, $"/api/events/{eventId}/plans/{planId}");
                return plan.GetProperty("state").GetString() != "running";
            },
            $"plan {planId} finishes");
        Assert.True(plan.GetProperty("state").GetString() == "done", plan.ToString());
        return plan;
    }

    /// <summary>
    /// Checks the plan the API gave against the problem Core makes of the saved attendees and request, with the
    /// independent checker: everyone expected seated once a round and nobody else, table sizes, apart-rules and pins,
    /// and the repeats the API reports.
    /// </summary>
    private async Task AssertValidAsync(int planId, JsonElement plan, IReadOnlyList<int> present, IReadOnlyList<int> absent, int heldRounds = 0)
    {
        var report = PlanVerdict.Check((await RowAsync(planId)).PlanJson!, plan);

        Assert.True(report.IsValid, string.Join("\n", report.Violations));
        Assert.Equal(report.Repeats, plan.GetProperty("repeats").GetInt32());
        for (var r = heldRounds; r < plan.GetProperty("rounds").GetArrayLength(); r++)
        {
            var seated = PlanVerdict.SeatedIn(plan, r);
            Assert.Equal(present.Order(), seated);
            Assert.Empty(seated.Intersect(absent));
        }
    }

    [Fact]
    public async Task Planner_SeesAnImportedPersonAsTheRoomMay_NotAsTheOrganizerDoes()
    {
        // Table topics and reasons reach the attendees (itineraries, table cards): a field kept for the organizer
        // alone must not feed them, although the organizer, who manages the imported record, can read it.
        using var organizer = await Visitor.SignUpAsync(app, "Topic Organizer");
        var (eventId, _) = await EventWithAttendeesAsync(organizer);
        var attending = await AttendingAsync(eventId);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        var person = await db.People.FirstAsync(p => attending.Contains(p.Id) && p.ManagedByUserId != null);
        var someone = person.Id;
        person.Interests = "organizer-only hobby";
        person.InterestsVisibility = Goen.Data.People.Visibility.OnlyMe;
        person.Offers = "shared with the room";
        await db.SaveChangesAsync();

        var attendees = await SeatingJobs.AttendeesAsync(db, eventId, apartByOrganization: false, CancellationToken.None);
        var seen = attendees.Single(a => a.Id == someone.ToString(System.Globalization.CultureInfo.InvariantCulture)).Profile;

        Assert.NotNull(person.ManagedByUserId);
        Assert.Equal("", seen.Interests);
        Assert.Equal("shared with the room", seen.Offers);
    }

    private async Task<List<int>> AttendingAsync(int eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        return await db.Attendances.Where(a => a.EventId == eventId).ThatCount().OrderBy(a => a.Id).Select(a => a.PersonId).ToListAsync();
    }

    private async Task<bool> IsCheckedInAsync(int eventId, int personId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        return await db.Attendances.AnyAsync(a => a.EventId == eventId && a.PersonId == personId && a.CheckedInAt != null);
    }

    private async Task<List<string>> WalkInNamesAsync(int eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        return await db.Attendances.Where(a => a.EventId == eventId && a.Source == AttendanceSource.WalkIn).Select(a => a.Person!.Name).ToListAsync();
    }

    private async Task<int> CountPlansAsync(int eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoenDbContext>().EventPlans.CountAsync(p => p.EventId == eventId);
    }

    private async Task<EventPlan> RowAsync(int planId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoenDbContext>().EventPlans.AsNoTracking().SingleAsync(p => p.Id == planId);
    }

    private async Task<int> InsertAsync(EventPlan plan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        db.EventPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private static async Task<JsonElement> PostAsync(Visitor visitor, string url, object body)
    {
        using var response = await visitor.Client.PostAsJsonAsync(Api(url), body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<JsonElement> GetAsync(Visitor visitor, string url) => visitor.Client.GetFromJsonAsync<JsonElement>(Api(url));
}

public sealed class SqliteSeatingTests(SqliteApp app) : SeatingTests(app);

public sealed class PostgresSeatingTests(PostgresApp app) : SeatingTests(app);
