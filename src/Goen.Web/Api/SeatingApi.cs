using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Goen.Core.Seating;
using Goen.Data;
using Goen.Data.Seating;
using Goen.Web.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Api;

/// <summary>
/// An event's seating, for its organizer only: plans made in the background with progress and cancel, re-plans
/// between rounds with no-shows and walk-ins, check-in at the door, and the after-event report. Rounds and tables
/// count from 1; people are named by person id.
/// </summary>
public static class SeatingApi
{
    public static IEndpointRouteBuilder MapSeatingApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/events/{id:int}").WithTags("Seating").RequireAuthorization().AddEndpointFilter(Problems);
        api.MapPost("/plans", CreatePlan).WithName(nameof(CreatePlan))
            .WithSummary("Queues a seating plan of the event's attendees: 202 with its planId, 400 with the reason when the request cannot be met. The plan is saved within timeLimitSeconds of the request (default 10) when no other plan is ahead of it.");
        api.MapGet("/plans/{planId:int}", GetPlan).WithName(nameof(GetPlan))
            .WithSummary("A plan: state (running, done, cancelled, failed), progress 0–1, value, repeats and, once done, each round's tables.");
        api.MapDelete("/plans/{planId:int}", CancelPlan).WithName(nameof(CancelPlan))
            .WithSummary("Cancels a running plan (nothing is saved); 409 when it is no longer running.");
        api.MapPost("/plans/{planId:int}/replan", Replan).WithName(nameof(Replan))
            .WithSummary("Re-plans the rounds from fromRound on after no-shows (absent), walk-ins and late arrivals or early departures (presence), keeping held rounds; 409 when another re-plan was saved first.");
        api.MapPost("/checkins", CheckIn).WithName(nameof(CheckIn)).WithSummary("Checks an attendee in at the door.");
        api.MapGet("/report", GetReport).WithName(nameof(GetReport))
            .WithSummary("After the event, in counts only: who met someone new, conversations logged, introductions made and what came of them.");
        return routes;
    }

    public static async Task<Results<Accepted<PlanCreated>, NotFound>> CreatePlan(int id, PlanRequest input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, SeatingJob job, CancellationToken cancellationToken)
    {
        var plan = await SeatingJobs.QueueAsync(db, user.UserId(), id, input, clock, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        job.Nudge();
        return TypedResults.Accepted($"/api/events/{id}/plans/{plan.Id}", new PlanCreated(plan.Id));
    }

    public static async Task<Results<Ok<PlanDocument>, NotFound>> GetPlan(int id, int planId, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken) =>
        await SeatingJobs.FindAsync(db, user.UserId(), id, planId, cancellationToken) is { } plan ? TypedResults.Ok(PlanDocument.Of(plan)) : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound, Conflict>> CancelPlan(int id, int planId, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        await SeatingJobs.CancelAsync(db, user.UserId(), id, planId, clock, cancellationToken) switch
        {
            true => TypedResults.NoContent(),
            false => TypedResults.Conflict(),
            null => TypedResults.NotFound(),
        };

    public static async Task<Results<Ok<PlanDocument>, NotFound>> Replan(int id, int planId, ReplanRequest input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var walkIns = (input.WalkIns ?? []).Select(w => new WalkIn(w.Name ?? "", w.Offers ?? "", w.Needs ?? "", w.Interests ?? "")).ToList();
        var result = await SeatingJobs.ReplanAsync(db, user.UserId(), id, planId, input.FromRound, input.Absent ?? [], walkIns, input.Presence, clock, cancellationToken);
        return result is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(PlanDocument.Of(result.Row) with { WalkIns = [.. walkIns.Select((w, i) => new WalkInSeated(w.Name, result.WalkInPersonIds[i]))] });
    }

    public static async Task<Results<NoContent, NotFound>> CheckIn(int id, CheckInRequest input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        await SeatingJobs.CheckInAsync(db, user.UserId(), id, input.PersonId, checkedIn: true, clock, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<EventReport>, NotFound>> GetReport(int id, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken) =>
        await EventReports.ForEventAsync(db, user.UserId(), id, cancellationToken) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    /// <summary>A request that cannot be met is the organizer's to fix (400, the optimizer's words); a lost race is 409.</summary>
    private static async ValueTask<object?> Problems(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (SeatingProblemException e)
        {
            return TypedResults.Problem(title: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(title: "Another re-plan of this plan was saved first; load the plan again.", statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>A queued plan.</summary>
    public sealed record PlanCreated(int PlanId);

    /// <summary>A check-in.</summary>
    public sealed record CheckInRequest([property: Range(1, int.MaxValue)] int PersonId);

    /// <summary>
    /// What changed between rounds: the first round to re-plan (from 1), who is gone, who walked in, and who stays but
    /// arrives late or leaves early (the plan request's presence, rounds from 1; optional).
    /// </summary>
    public sealed record ReplanRequest([property: Range(1, 255)] int FromRound, IReadOnlyList<int>? Absent, IReadOnlyList<WalkInRequest>? WalkIns, IReadOnlyList<PlanPresence>? Presence = null);

    /// <summary>Someone who came without registering: a name and a line of what they do.</summary>
    public sealed record WalkInRequest(
        [property: Required, StringLength(Data.People.Person.ShortLength)] string? Name,
        [property: StringLength(Data.People.Person.TextLength)] string? Offers,
        [property: StringLength(Data.People.Person.TextLength)] string? Needs,
        [property: StringLength(Data.People.Person.TextLength)] string? Interests);

    /// <summary>A walk-in as seated, with their new person id.</summary>
    public sealed record WalkInSeated(string Name, int PersonId);

    /// <summary>One table of one round.</summary>
    public sealed record TableDocument(int Table, string Topic, IReadOnlyList<string> Topics, IReadOnlyList<int> PersonIds);

    /// <summary>One round's tables.</summary>
    public sealed record RoundDocument(int Round, IReadOnlyList<TableDocument> Tables);

    /// <summary>A plan and its job; <see cref="Rounds"/> is empty until it is done.</summary>
    public sealed record PlanDocument(int PlanId, string State, double Progress, double Value, int Repeats, string? Error, IReadOnlyList<RoundDocument> Rounds)
    {
        /// <summary>Gets the walk-ins of a re-plan with their new person ids; null otherwise.</summary>
        public IReadOnlyList<WalkInSeated>? WalkIns { get; init; }

        public static PlanDocument Of(EventPlan plan)
        {
            ArgumentNullException.ThrowIfNull(plan);
            var rounds = plan.PlanJson is null ? [] : EventPlanJson.Read(plan.PlanJson).Rounds
                .Select((r, i) => new RoundDocument(i + 1, [.. r.Select((t, j) => new TableDocument(
                    j + 1, string.Join(" / ", t.Topics), t.Topics, [.. t.PersonIds.Select(p => int.Parse(p, CultureInfo.InvariantCulture))]))]))
                .ToList();
            return new PlanDocument(plan.Id, StateName(plan.State), plan.Progress, plan.Value, plan.Repeats, plan.Error.Length > 0 ? plan.Error : null, rounds);
        }
    }

    /// <summary>A job's state as the API spells it.</summary>
    public static string StateName(EventPlanState state) => state switch
    {
        EventPlanState.Running => "running",
        EventPlanState.Done => "done",
        EventPlanState.Cancelled => "cancelled",
        _ => "failed",
    };
}
