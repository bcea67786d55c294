using System.Text.Json;
using Goen.Core.Profiles;
using Goen.Core.Seating;
using Goen.Data.Events;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using CoreProfile = Goen.Core.Profiles.Profile;

namespace Goen.Data.Seating;

/// <summary>
/// An organizer's seating plans: queue a plan for an event's attendees, run queued plans in the background, cancel,
/// re-plan between rounds with no-shows and walk-ins, and check people in. The web app's API, pages and worker call
/// these; only the event's organizer gets anything.
/// </summary>
/// <remarks>
/// <para>
/// Plans name people by their person id (as text, in <see cref="EventPlanJson"/>), so walk-ins never renumber anyone.
/// Attendees are the attendances that count (<see cref="Attending.ThatCount"/>), each with the profile as the
/// organizer may see it.
/// </para>
/// <para>
/// A worker claims a job with a conditional <c>UPDATE</c> (running, and nobody's lease in force), so two instances
/// never run one job; it writes progress at most every <see cref="ProgressEvery"/>, renewing its lease, and stops when
/// that write finds the job no longer its own (cancelled). A job whose lease ran out is taken up again from the start,
/// and failed after <see cref="MaxAttempts"/> takes.
/// </para>
/// </remarks>
public static class SeatingJobs
{
    /// <summary>How many times a job is taken up before it is failed.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Gets how long a worker's claim lasts without a progress write.</summary>
    public static TimeSpan Lease { get; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets how often a running job's progress is written.</summary>
    public static TimeSpan ProgressEvery { get; } = TimeSpan.FromSeconds(0.5);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The event's attendees as the people at the event may see them, for the optimizer, in registration order. Not
    /// as the organizer sees them: the plan's table topics and reasons reach the attendees (itineraries, table
    /// cards), so a field an imported person keeps for the organizer alone must not become a topic at their table.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="apartByOrganization">Whether people of one organization sit apart.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The attendees, ids being person ids.</returns>
    public static async Task<List<EventAttendee>> AttendeesAsync(GoenDbContext db, int eventId, bool apartByOrganization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await db.Attendances.AsNoTracking().Where(a => a.EventId == eventId).ThatCount()
            .OrderBy(a => a.Id).Select(a => a.Person!).ToListAsync(cancellationToken);
        return people.ConvertAll(person =>
        {
            var shared = SharedProfile.Of(person, Relation.SameEvent) ?? SharedProfile.NameOnly(person, Relation.SameEvent);
            var profile = new CoreProfile
            {
                Name = shared.Name,
                Organization = shared.Organization ?? "",
                Offers = shared.Offers ?? "",
                Needs = shared.Needs ?? "",
                Interests = shared.Interests ?? "",
                Languages = ProfileCsv.ParseLanguages(shared.Languages ?? ""),
            };
            return new EventAttendee(Id(person.Id), profile) { ApartKey = apartByOrganization ? shared.Organization : null };
        });
    }

    /// <summary>Checks a request against the event's attendees and queues it for a worker.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The caller.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="request">What the organizer asks for.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The queued job, or null when the caller does not organize the event.</returns>
    /// <exception cref="SeatingProblemException">The request cannot be met; the message says why.</exception>
    public static async Task<EventPlan?> QueueAsync(GoenDbContext db, string userId, int eventId, PlanRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.RoleAsync(eventId, userId, cancellationToken) != EventRole.Organizer)
        {
            return null;
        }

        // The same checks the job makes, now, so the organizer hears at once what cannot be met: the optimizer gets
        // the real problem with zero values and one step.
        var attendees = Apply(request, await AttendeesAsync(db, eventId, IsApart(request), cancellationToken));
        var check = ToCore(request) with { Search = new SeatingOptions { MaxIterations = 1 } };
        EventSeating.Plan(attendees, check, new EventPairScores(new PairValues(attendees.Count)), cancellationToken: cancellationToken);

        var now = clock.GetUtcNow();
        var plan = new EventPlan { EventId = eventId, State = EventPlanState.Running, RequestJson = JsonSerializer.Serialize(request, Json), CreatedAt = now, UpdatedAt = now };
        db.EventPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    /// <summary>One of an event's plans, for its organizer.</summary>
    /// <returns>The plan, or null when there is none or the caller does not organize the event.</returns>
    public static async Task<EventPlan?> FindAsync(GoenDbContext db, string userId, int eventId, int planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.RoleAsync(eventId, userId, cancellationToken) == EventRole.Organizer
            ? await db.EventPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.EventId == eventId, cancellationToken)
            : null;
    }

    /// <summary>The latest complete plan of an event, for its organizer.</summary>
    /// <returns>The plan, or null.</returns>
    public static async Task<EventPlan?> LatestDoneAsync(GoenDbContext db, string userId, int eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.RoleAsync(eventId, userId, cancellationToken) == EventRole.Organizer
            ? await db.EventPlans.AsNoTracking().Where(p => p.EventId == eventId && p.State == EventPlanState.Done).OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
    }

    /// <summary>Cancels a running job: its state becomes cancelled and its worker stops at its next progress write.</summary>
    /// <returns>True when cancelled, false when the job is no longer running, null when there is no such job for the caller.</returns>
    public static async Task<bool?> CancelAsync(GoenDbContext db, string userId, int eventId, int planId, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (await FindAsync(db, userId, eventId, planId, cancellationToken) is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        return await db.EventPlans.Where(p => p.Id == planId && p.State == EventPlanState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, EventPlanState.Cancelled).SetProperty(p => p.UpdatedAt, now).SetProperty(p => p.ClaimedUntil, (DateTimeOffset?)null), cancellationToken) == 1;
    }

    /// <summary>Claims and runs queued jobs, one at a time, until none is left that this worker may take.</summary>
    /// <param name="db">A context on Goen's database.</param>
    /// <param name="instance">This worker's name, unique among running workers.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the worker; the job in hand is released for another worker.</param>
    /// <param name="options">How the search runs, or null for the defaults.</param>
    /// <param name="log">Receives each plan's phase times (waiting, loading, scoring, search, topics, saving), or null.</param>
    /// <returns>How many jobs were run to an end (done, failed or found cancelled).</returns>
    public static async Task<int> RunDueAsync(
        GoenDbContext db, string instance, TimeProvider clock, CancellationToken cancellationToken, SeatingJobOptions? options = null, ILogger? log = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var ran = 0;
        while (await ClaimAsync(db, instance, clock, cancellationToken) is { } job)
        {
            await RunAsync(db, job, instance, options ?? new SeatingJobOptions(), clock, log, cancellationToken);
            ran++;
        }

        return ran;
    }

    /// <summary>Re-plans the remaining rounds of a complete plan after no-shows and walk-ins, in place.</summary>
    /// <param name="db">The database; nothing else may be pending in it.</param>
    /// <param name="userId">The caller.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="fromRound">The first round to re-plan, counted from 1; the rounds before it were held.</param>
    /// <param name="absent">The person ids of people gone from that round on.</param>
    /// <param name="walkIns">People who walked in; each becomes a person the organizer keeps, attending and checked in.</param>
    /// <param name="presence">
    /// People who stay but arrive late or leave early from here on (say, "must leave after round 3"), rounds counted from
    /// 1 as in a plan request; null or empty for none. It replaces what the plan knew of them for the re-planned rounds.
    /// </param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The plan saved, or null when there is no such plan for the caller.</returns>
    /// <exception cref="SeatingProblemException">The plan is not complete, or the changes cannot be met.</exception>
    /// <exception cref="DbUpdateConcurrencyException">Another re-plan of the same plan was saved first; nothing was saved.</exception>
    public static async Task<ReplanResult?> ReplanAsync(
        GoenDbContext db, string userId, int eventId, int planId, int fromRound, IReadOnlyList<int> absent, IReadOnlyList<WalkIn> walkIns, IReadOnlyList<PlanPresence>? presence,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(absent);
        ArgumentNullException.ThrowIfNull(walkIns);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.RoleAsync(eventId, userId, cancellationToken) != EventRole.Organizer)
        {
            return null;
        }

        var row = await db.EventPlans.SingleOrDefaultAsync(p => p.Id == planId && p.EventId == eventId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.State != EventPlanState.Done || row.PlanJson is null)
        {
            throw new SeatingProblemException("Only a finished plan can be re-planned.");
        }

        var previous = EventPlanJson.Read(row.PlanJson);
        if (presence?.FirstOrDefault(p => absent.Contains(p.PersonId)) is { } both)
        {
            throw new SeatingProblemException($"Person {both.PersonId} is marked absent and also given the rounds they are there for; choose one.");
        }

        if (presence is { Count: > 0 })
        {
            // Checked against the rounds being re-planned only when that round is one the plan has; Core says so otherwise.
            var first = Math.Clamp(fromRound, 1, previous.Request.Rounds);
            previous = previous with { Attendees = WithPresence([.. previous.Attendees], presence, previous.Request.Rounds, first) };
        }

        var changes = new EventReplan
        {
            FromRound = fromRound - 1,
            Absent = [.. absent.Select(Id)],
            WalkIns = [.. walkIns.Select((w, i) => w with { Id = $"new-{i}", Name = w.Name.Trim() })],
        };
        if (walkIns.Any(w => string.IsNullOrWhiteSpace(w.Name)))
        {
            throw new SeatingProblemException("Every walk-in needs a name.");
        }

        var result = await Task.Run(() => EventSeating.Replan(previous, changes, cancellationToken: cancellationToken), cancellationToken);

        // Walk-ins become people the organizer keeps, attending and here; their placeholders take the new ids.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var added = walkIns.Select(w => new Person { ManagedByUserId = userId, Name = w.Name.Trim(), Offers = w.Offers, Needs = w.Needs, Interests = w.Interests, UpdatedAt = now }).ToList();
        foreach (var person in added)
        {
            db.Attendances.Add(new Attendance { EventId = eventId, Person = person, Source = AttendanceSource.WalkIn, Status = AttendeeStatus.Attending, CreatedAt = now, CheckedInAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        var ids = changes.WalkIns.Select((w, i) => (w.Id!, Id(added[i].Id))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var plan = Renamed(result.Plan, ids);
        row.PlanJson = Write(plan);
        row.Value = result.Value;
        row.Repeats = result.Repeats;
        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReplanResult(row, plan, result, [.. added.Select(p => p.Id)]);
    }

    /// <summary>Saves a hand move (<see cref="EventSeating.Move"/>) into a complete plan, if the plan is still at the version the organizer saw.</summary>
    /// <param name="db">The database; nothing else may be pending in it.</param>
    /// <param name="userId">The caller.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="version">The plan's <see cref="EventPlan.Version"/> when the organizer saw what the move does.</param>
    /// <param name="round">The round, counted from 1.</param>
    /// <param name="personId">Who moves.</param>
    /// <param name="table">The table they move to, counted from 1 (when not swapping).</param>
    /// <param name="swapWith">Who they change places with, or null.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The move saved, or null when there is no such plan for the caller.</returns>
    /// <exception cref="SeatingProblemException">The plan is not complete, or the move cannot be made.</exception>
    /// <exception cref="DbUpdateConcurrencyException">The plan changed since that version (a re-plan or another move); nothing was saved.</exception>
    public static async Task<EventSeatingMove?> KeepMoveAsync(
        GoenDbContext db, string userId, int eventId, int planId, int version, int round, int personId, int table, int? swapWith, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.RoleAsync(eventId, userId, cancellationToken) != EventRole.Organizer
            || await db.EventPlans.SingleOrDefaultAsync(p => p.Id == planId && p.EventId == eventId, cancellationToken) is not { } row)
        {
            return null;
        }

        if (row.State != EventPlanState.Done || row.PlanJson is null)
        {
            throw new SeatingProblemException("Only a finished plan can be changed by hand.");
        }

        // The save is conditional on the version the organizer saw, not the one just read: a move weighed against an
        // older plan is never written over a newer one, whether the plan changed before this read or after it.
        if (row.Version != version)
        {
            throw new DbUpdateConcurrencyException($"The plan is at version {row.Version}, not {version}.");
        }

        db.Entry(row).Property(p => p.Version).OriginalValue = version;
        var plan = EventPlanJson.Read(row.PlanJson);
        var move = await Task.Run(() => EventSeating.Move(plan, round - 1, Id(personId), table - 1, swapWith is { } other ? Id(other) : null, cancellationToken: cancellationToken), cancellationToken);
        row.PlanJson = Write(move.Plan);
        row.Value = move.After.Objective;
        row.Repeats = move.After.Repeats;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return move;
    }

    /// <summary>Checks a person in at the door, or takes the check-in back.</summary>
    /// <returns>True when done, false when the person is not attending the event or the caller does not organize it.</returns>
    public static async Task<bool> CheckInAsync(GoenDbContext db, string userId, int eventId, int personId, bool checkedIn, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.RoleAsync(eventId, userId, cancellationToken) != EventRole.Organizer)
        {
            return false;
        }

        DateTimeOffset? at = checkedIn ? clock.GetUtcNow() : null;
        return await db.Attendances.Where(a => a.EventId == eventId && a.PersonId == personId).ThatCount()
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CheckedInAt, at), cancellationToken) == 1;
    }

    /// <summary>Reads a job's request.</summary>
    public static PlanRequest RequestOf(EventPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Deserialize<PlanRequest>(plan.RequestJson, Json) ?? throw new FormatException("The plan's request is empty.");
    }

    /// <summary>The optimizer's request for an organizer's.</summary>
    public static EventSeatingRequest ToCore(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seconds = request.TimeLimitSeconds ?? 10;
        if (!double.IsFinite(seconds) || seconds <= 0 || seconds > PlanRequest.MaxSeconds)
        {
            throw new SeatingProblemException($"The search may take more than 0 and at most {PlanRequest.MaxSeconds} seconds, not {seconds}.");
        }

        if (request.HelpWeight is < 0 || request.TalkWeight is < 0)
        {
            throw new SeatingProblemException("The weights cannot be negative.");
        }

        return new EventSeatingRequest
        {
            Rounds = request.Rounds,
            TableSize = request.TableSize,
            MinTableSize = request.MinTableSize,
            MaxTableSize = request.MaxTableSize,
            HelpWeight = request.HelpWeight ?? 1,
            TalkWeight = request.TalkWeight ?? 0.5,
            Search = new SeatingOptions { TimeLimit = TimeSpan.FromSeconds(seconds) },
        };
    }

    /// <summary>The text id a plan gives a person.</summary>
    public static string Id(int personId) => personId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsApart(PlanRequest request) => request.Apart switch
    {
        null or "" => false,
        PlanRequest.Organization => true,
        _ => throw new SeatingProblemException($"People can be kept apart by \"{PlanRequest.Organization}\" only, not \"{request.Apart}\"."),
    };

    private static List<EventAttendee> Apply(PlanRequest request, List<EventAttendee> attendees)
    {
        foreach (var pin in request.Pins ?? [])
        {
            var at = attendees.FindIndex(a => a.Id == Id(pin.PersonId));
            if (at < 0)
            {
                throw new SeatingProblemException($"Person {pin.PersonId} is not attending this event, so they cannot be pinned to a table.");
            }

            attendees[at] = attendees[at] with { PinnedTable = pin.Table - 1 };
        }

        return WithPresence(attendees, request.Presence, request.Rounds, firstRound: 1);
    }

    // Late arrivals and early departures, for a plan (from round 1) or a re-plan (from its first re-planned round: the
    // rounds before it were held, and who sat in them is the plan's, whatever is said here).
    private static List<EventAttendee> WithPresence(List<EventAttendee> attendees, IReadOnlyList<PlanPresence>? presence, int rounds, int firstRound)
    {
        foreach (var (personId, from, until) in presence ?? [])
        {
            var at = attendees.FindIndex(a => a.Id == Id(personId));
            if (at < 0)
            {
                throw new SeatingProblemException($"Person {personId} is not attending this event, so they cannot arrive late or leave early.");
            }

            var first = from ?? 1;
            var last = until ?? rounds;
            if (first < 1 || last > rounds || first > last || last < firstRound)
            {
                throw new SeatingProblemException(firstRound == 1
                    ? $"{attendees[at].Profile.Name} is there from round {first} until round {last}, but the plan has rounds 1 to {rounds}: the first round must come before the last, both within the plan."
                    : $"{attendees[at].Profile.Name} is there from round {first} until round {last}, but the re-plan has rounds {firstRound} to {rounds}: the first round must come before the last, and the last must be one still to come.");
            }

            // Core counts rounds from 0; LeavesBeforeRound is the first round they are gone for.
            attendees[at] = attendees[at] with { ArrivesAtRound = first - 1, LeavesBeforeRound = last < rounds ? last : null };
        }

        return attendees;
    }

    private static async Task<EventPlan?> ClaimAsync(GoenDbContext db, string instance, TimeProvider clock, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = clock.GetUtcNow();
            var candidate = await db.EventPlans.AsNoTracking()
                .Where(p => p.State == EventPlanState.Running && (p.ClaimedUntil == null || p.ClaimedUntil < now))
                .OrderBy(p => p.Id).Select(p => new { p.Id, p.Attempts }).FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            if (candidate.Attempts >= MaxAttempts)
            {
                // Taken up and left behind again and again: a job that stops its worker is failed, not retried forever.
                await db.EventPlans.Where(p => p.Id == candidate.Id && p.State == EventPlanState.Running && (p.ClaimedUntil == null || p.ClaimedUntil < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, EventPlanState.Failed).SetProperty(p => p.UpdatedAt, now)
                        .SetProperty(p => p.Error, $"The job was left unfinished {candidate.Attempts} times by a stopped server."), cancellationToken);
                continue;
            }

            // The lease is re-checked in the UPDATE itself: of two workers that saw the job free, one claims it.
            var until = now + Lease;
            var claimed = await db.EventPlans
                .Where(p => p.Id == candidate.Id && p.State == EventPlanState.Running && (p.ClaimedUntil == null || p.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClaimedBy, instance).SetProperty(p => p.ClaimedUntil, until).SetProperty(p => p.Attempts, p => p.Attempts + 1), cancellationToken);
            if (claimed == 1)
            {
                return await db.EventPlans.AsNoTracking().SingleAsync(p => p.Id == candidate.Id, cancellationToken);
            }
        }
    }

    private static async Task RunAsync(GoenDbContext db, EventPlan job, string instance, SeatingJobOptions options, TimeProvider clock, ILogger? log, CancellationToken stopping)
    {
        // The request's limit counts from when it was queued: waiting for a worker (up to half the limit), loading,
        // scoring, the tables' topics and saving all come out of it, so the plan is saved within the limit (decision 0018).
        var started = clock.GetTimestamp();
        var waited = clock.GetUtcNow() - job.CreatedAt;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var progress = new LatestProgress();
        var phases = new JobPhases();
        TimeSpan limit;
        Task<EventSeatingResult> work;
        try
        {
            var request = RequestOf(job);
            var attendees = Apply(request, await AttendeesAsync(db, job.EventId, IsApart(request), stopping));
            phases.Loaded = clock.GetElapsedTime(started);
            var core = ToCore(request);
            limit = core.Search.TimeLimit;
            work = Task.Run(() =>
            {
                var scores = EventSeating.Score(attendees, core, cancel.Token);
                phases.Scored = clock.GetElapsedTime(started);
                var search = core.Search with { TimeLimit = SearchBudget(limit, waited, phases.Scored, attendees.Count, request.Rounds), Threads = options.SearchThreads };
                return EventSeating.Plan(attendees, core with { Search = search }, scores, progress, cancel.Token);
            }, cancel.Token);
        }
        catch (Exception e) when (e is SeatingProblemException or FormatException or JsonException)
        {
            await FailAsync(db, job.Id, instance, e.Message, clock);
            return;
        }

        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(ProgressEvery, clock, CancellationToken.None));
            if (work.IsCompleted || cancel.IsCancellationRequested)
            {
                continue;
            }

            // The write renews the lease; finding the job no longer ours (cancelled, or taken over) stops the search.
            var now = clock.GetUtcNow();
            var latest = progress.Latest;
            var fraction = Math.Clamp(clock.GetElapsedTime(started) / limit, 0, 0.99);
            var mine = await db.EventPlans.Where(x => x.Id == job.Id && x.ClaimedBy == instance && x.State == EventPlanState.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Progress, fraction).SetProperty(x => x.Value, latest.HasValue ? latest.Value.Objective : 0)
                    .SetProperty(x => x.Repeats, latest.HasValue ? latest.Value.Repeats : 0).SetProperty(x => x.UpdatedAt, now).SetProperty(x => x.ClaimedUntil, now + Lease), CancellationToken.None);
            if (mine == 0)
            {
                await cancel.CancelAsync();
            }
        }

        EventSeatingResult result;
        try
        {
            result = await work;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The server is stopping: the job goes back at once for another worker (or this one, after a restart).
            await db.EventPlans.Where(x => x.Id == job.Id && x.ClaimedBy == instance && x.State == EventPlanState.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception e) when (e is SeatingProblemException or ArgumentException)
        {
            await FailAsync(db, job.Id, instance, e.Message, clock);
            return;
        }

        var planned = clock.GetElapsedTime(started);
        var json = Write(result.Plan);
        var done = clock.GetUtcNow();
        await db.EventPlans.Where(x => x.Id == job.Id && x.ClaimedBy == instance && x.State == EventPlanState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.State, EventPlanState.Done).SetProperty(x => x.PlanJson, json).SetProperty(x => x.Progress, 1.0)
                .SetProperty(x => x.Value, result.Value).SetProperty(x => x.Repeats, result.Repeats).SetProperty(x => x.UpdatedAt, done)
                .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        if (log is not null && log.IsEnabled(LogLevel.Information))
        {
            var searched = progress.Latest?.Elapsed ?? TimeSpan.Zero;
            log.LogInformation(
                "Seating plan {PlanId}: {People} people, {Rounds} rounds, limit {Limit} ms; waited {Waited} ms in the queue, then loaded in {Loaded} ms, scored in {Scored} ms, searched {Searched} ms ({Steps} steps, {Threads} threads), topics {Topics} ms, saved in {Saved} ms: {Total} ms from start to saved",
                job.Id, result.Plan.Attendees.Count, result.Plan.Rounds.Count, Ms(limit), Ms(waited), Ms(phases.Loaded), Ms(phases.Scored - phases.Loaded), Ms(searched), result.Iterations,
                options.SearchThreads, Ms(planned - phases.Scored - searched), Ms(clock.GetElapsedTime(started) - planned), Ms(clock.GetElapsedTime(started)));
        }
    }

    /// <summary>
    /// What is left of the limit for the search once the job has waited in the queue and loaded and scored its people,
    /// less what the tables' topics and saving take: about 0.04 ms a seat (the engine explains each pair at a table)
    /// and 30 ms to write, plus 100 ms (a twentieth of a limit under 2 s) for a busy machine. Waiting counts up to half the limit: a job
    /// that waited longer, behind another job or for a stopped server's lease to run out, gets half its limit from its
    /// start. A search always gets at least a tenth of the limit, so a limit too short for the event's size is overrun
    /// by that much rather than answered with the first plan only.
    /// </summary>
    /// <param name="limit">The request's time limit.</param>
    /// <param name="waited">How long the job waited in the queue before a worker started it.</param>
    /// <param name="setup">How long loading and scoring took once started.</param>
    /// <param name="people">The people to seat.</param>
    /// <param name="rounds">The rounds.</param>
    /// <returns>The search's own time limit.</returns>
    public static TimeSpan SearchBudget(TimeSpan limit, TimeSpan waited, TimeSpan setup, int people, int rounds)
    {
        var queue = waited < TimeSpan.Zero ? TimeSpan.Zero : waited < limit / 2 ? waited : limit / 2;
        var margin = limit / 20 < TimeSpan.FromMilliseconds(100) ? limit / 20 : TimeSpan.FromMilliseconds(100);
        var after = TimeSpan.FromMilliseconds(30 + 0.04 * people * rounds) + margin;
        var left = limit - queue - setup - after;
        return left > limit / 10 ? left : limit / 10;
    }

    private static long Ms(TimeSpan time) => (long)time.TotalMilliseconds;

    private static Task<int> FailAsync(GoenDbContext db, int id, string instance, string message, TimeProvider clock)
    {
        var error = message.Length <= EventPlan.ErrorLength ? message : message[..EventPlan.ErrorLength];
        var now = clock.GetUtcNow();
        return db.EventPlans.Where(x => x.Id == id && x.ClaimedBy == instance && x.State == EventPlanState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.State, EventPlanState.Failed).SetProperty(x => x.Error, error).SetProperty(x => x.UpdatedAt, now)
                .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private static string Write(EventSeatingPlan plan)
    {
        using var writer = new StringWriter();
        EventPlanJson.Write(writer, plan);
        return writer.ToString();
    }

    private static EventSeatingPlan Renamed(EventSeatingPlan plan, Dictionary<string, string> ids)
    {
        string Of(string id) => ids.GetValueOrDefault(id, id);
        return plan with
        {
            Attendees = [.. plan.Attendees.Select(a => a with { Id = Of(a.Id) })],
            Rounds = [.. plan.Rounds.Select(r => (IReadOnlyList<EventSeatingTable>)[.. r.Select(t => t with { PersonIds = [.. t.PersonIds.Select(Of)] })])],
        };
    }

    /// <summary>When a job's phases ended, counted from its start; written by the search's thread, read after it.</summary>
    private sealed class JobPhases
    {
        public TimeSpan Loaded { get; set; }

        public TimeSpan Scored { get; set; }
    }

    /// <summary>Keeps the optimizer's latest report, from its thread, for the worker's next progress write.</summary>
    private sealed class LatestProgress : IProgress<SeatingProgress>
    {
        private readonly Lock _gate = new();
        private SeatingProgress? _latest;

        public SeatingProgress? Latest
        {
            get
            {
                lock (_gate)
                {
                    return _latest;
                }
            }
        }

        public void Report(SeatingProgress value)
        {
            lock (_gate)
            {
                _latest = value;
            }
        }
    }
}
