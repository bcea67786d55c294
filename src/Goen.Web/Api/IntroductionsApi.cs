using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using Goen.Core.Circulation;
using Goen.Data;
using Goen.Data.Introductions;
using Goen.Data.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Api;

/// <summary>
/// Introductions with the double opt-in: draft, ask both sides, read where each stands, record what came of it,
/// thank the introducer. The introducer sees both sides; a side sees only their own part.
/// </summary>
public static class IntroductionsApi
{
    public static IEndpointRouteBuilder MapIntroductionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/introductions").WithTags("Introductions").RequireAuthorization();
        group.MapPost("", CreateIntroduction).WithName(nameof(CreateIntroduction))
            .WithSummary("Drafts an introduction between two people I know (each a personId or a contactId); notes default to a note in each side's language.");
        group.MapGet("", ListIntroductions).WithName(nameof(ListIntroductions)).WithSummary("Introductions I made and those I was introduced in.");
        group.MapGet("/{id:int}", GetIntroduction).WithName(nameof(GetIntroduction))
            .WithSummary("One introduction: its state, dates, and each side's answer as I may see it.");
        group.MapPost("/{id:int}/ask", AskIntroduction).WithName(nameof(AskIntroduction))
            .WithSummary("Asks both sides privately (by mail where there is an address); 409 when it is not a draft.");
        group.MapPost("/{id:int}/outcome", RecordOutcome).WithName(nameof(RecordOutcome))
            .WithSummary("Records what came of a made introduction: met, workedTogether or nothingYet.");
        group.MapPost("/{id:int}/thanks", SendThanks).WithName(nameof(SendThanks))
            .WithSummary("A thank-you note from one of the two introduced to the introducer.");

        routes.MapGet("/api/circulation", GetMyCirculation).WithTags("Introductions").RequireAuthorization().WithName(nameof(GetMyCirculation))
            .WithSummary("Who I introduced to whom, who introduced me, and what came of it: nodes, edges and counts by month.");
        routes.MapGet("/api/events/{id:int}/circulation", GetEventCirculation).WithTags("Introductions").RequireAuthorization().WithName(nameof(GetEventCirculation))
            .WithSummary("For an event's organizer: the introductions made among its people and what came of them (never asks, declines or notes).");
        return routes;
    }

    public static async Task<Results<Created<IntroductionDocument>, NotFound, ValidationProblem>> CreateIntroduction(
        IntroductionRequest input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, IntroductionMail mail, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var a = new IntroductionParty(input.A?.PersonId, input.A?.ContactId);
        var b = new IntroductionParty(input.B?.PersonId, input.B?.ContactId);
        var why = a.PersonId is null == a.ContactId is null || b.PersonId is null == b.ContactId is null
            ? null
            : await HelpFinder.WhyMeetAsync(db, userId, a, b, cancellationToken);
        var (introduction, problem) = await IntroductionFlow.DraftAsync(
            db, userId, a, b, input.EventId, (_, to, about) => mail.DefaultNote(to, about, why), (input.NoteToA, input.NoteToB), clock, cancellationToken);
        return problem switch
        {
            null => TypedResults.Created($"/api/introductions/{introduction!.Id}", IntroductionDocument.For(introduction, userId, clock.GetUtcNow())),
            IntroductionProblem.SideMissing => Invalid("a", "Each side needs exactly one of personId or contactId."),
            IntroductionProblem.SamePerson => Invalid("b", "The two sides are the same person."),
            IntroductionProblem.Self => Invalid("b", "You cannot introduce yourself."),
            _ => TypedResults.NotFound(),
        };
    }

    public static async Task<Ok<List<IntroductionDocument>>> ListIntroductions(ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var visible = await db.Introductions.VisibleTo(userId).AsNoTracking().Include(i => i.Sides.OrderBy(s => s.Position))
            .OrderByDescending(i => i.Id).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(visible.Select(i => IntroductionDocument.For(i, userId, clock.GetUtcNow())).ToList());
    }

    public static async Task<Results<Ok<IntroductionDocument>, NotFound>> GetIntroduction(int id, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        return await IntroductionFlow.LoadAsync(db, db.Introductions.VisibleTo(userId), id, cancellationToken) is { } introduction
            ? TypedResults.Ok(IntroductionDocument.For(introduction, userId, clock.GetUtcNow()))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<IntroductionDocument>, NotFound, Conflict<IntroductionDocument>>> AskIntroduction(
        int id, AskRequest? input, HttpRequest request, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, IntroductionMail mail, SiteAddress site, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var (introduction, problem) = await IntroductionFlow.AskAsync(
            db, userId, id, input?.AnswerDays ?? Introduction.DefaultAnswerDays, site.BaseFor(request), mail.Letters, clock, cancellationToken);
        mail.Nudge();
        return problem switch
        {
            null => TypedResults.Ok(IntroductionDocument.For(introduction!, userId, clock.GetUtcNow())),
            IntroductionProblem.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Conflict(IntroductionDocument.For(introduction!, userId, clock.GetUtcNow())),
        };
    }

    public static async Task<Results<NoContent, NotFound, Conflict, ValidationProblem>> RecordOutcome(int id, OutcomeRequest input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ParseOutcome(input.Outcome) is not { } outcome)
        {
            return Invalid("outcome", "Say met, workedTogether or nothingYet.");
        }

        return await IntroductionFlow.RecordOutcomeAsync(db, user.UserId(), id, outcome, clock, cancellationToken) switch
        {
            null => TypedResults.NoContent(),
            IntroductionProblem.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Conflict(),
        };
    }

    public static async Task<Results<NoContent, NotFound, Conflict, ValidationProblem>> SendThanks(int id, ThanksRequest input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Note))
        {
            return Invalid("note", "Write a note.");
        }

        return await IntroductionFlow.ThankAsync(db, user.UserId(), id, input.Note, clock, cancellationToken) switch
        {
            null => TypedResults.NoContent(),
            IntroductionProblem.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Conflict(),
        };
    }

    public static async Task<Ok<CirculationDocument>> GetMyCirculation(ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(CirculationDocument.From(await CirculationQueries.MineAsync(db, user.UserId(), cancellationToken)));

    public static async Task<Results<Ok<CirculationDocument>, NotFound>> GetEventCirculation(int id, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken) =>
        await CirculationQueries.ForEventAsync(db, user.UserId(), id, cancellationToken) is { } graph
            ? TypedResults.Ok(CirculationDocument.From(graph))
            : TypedResults.NotFound();

    /// <summary>Reads an outcome as the API spells it.</summary>
    /// <param name="value"><c>met</c>, <c>workedTogether</c> or <c>nothingYet</c>.</param>
    /// <returns>The outcome, or <see langword="null"/>.</returns>
    public static IntroductionOutcome? ParseOutcome(string? value) => value switch
    {
        "met" => IntroductionOutcome.Met,
        "workedTogether" => IntroductionOutcome.WorkedTogether,
        "nothingYet" => IntroductionOutcome.NothingYet,
        _ => null,
    };

    /// <summary>An outcome as the API spells it.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The name in camel case, or <see langword="null"/> for none.</returns>
    public static string? Name(IntroductionOutcome outcome) => outcome == IntroductionOutcome.None ? null : JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>One side of a new introduction: exactly one of a person I may see or one of my contacts.</summary>
    public sealed record PartyRequest(int? PersonId, int? ContactId);

    /// <summary>A new introduction; notes left out are written for each side in their language.</summary>
    public sealed record IntroductionRequest(
        [property: Required] PartyRequest? A,
        [property: Required] PartyRequest? B,
        [property: StringLength(Introduction.NoteLength)] string? NoteToA,
        [property: StringLength(Introduction.NoteLength)] string? NoteToB,
        int? EventId);

    /// <summary>How long the sides have to answer.</summary>
    public sealed record AskRequest([property: Range(1, 60)] int? AnswerDays);

    /// <summary>What came of it.</summary>
    public sealed record OutcomeRequest([property: Required] string? Outcome);

    /// <summary>A thank-you note.</summary>
    public sealed record ThanksRequest([property: Required, StringLength(Introduction.NoteLength)] string? Note);

    /// <summary>
    /// An introduction as the caller may see it. The introducer (<c>role</c> "introducer") sees the state
    /// (draft, asked, oneAccepted, introduced, declined, expired) and both sides; a side (<c>role</c> "side") sees the
    /// state as a side knows it (asked, waiting, introduced, closed), their own answer and note, and of the other
    /// side only the name (and, once introduced, what they chose to share).
    /// </summary>
    public sealed record IntroductionDocument(
        int Id,
        string Role,
        string State,
        string IntroducerName,
        int? EventId,
        DateTimeOffset CreatedAt,
        DateTimeOffset? AskedAt,
        DateTimeOffset? ExpiresAt,
        DateTimeOffset? IntroducedAt,
        string? Outcome,
        IReadOnlyList<SideDocument> Sides)
    {
        public static IntroductionDocument For(Introduction i, string userId, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(i);
            if (i.IntroducerUserId == userId)
            {
                return new(
                    i.Id, "introducer", JsonNamingPolicy.CamelCase.ConvertName(i.StateAt(now).ToString()), i.IntroducerName, i.EventId, i.CreatedAt, i.AskedAt, i.ExpiresAt, i.IntroducedAt, Name(i.Outcome),
                    [.. i.Sides.Select(s => new SideDocument(
                        s.Letter, s.Name, s.PersonId, s.ContactId, Answer(s.Answer), s.AnsweredAt, s.Email.Length > 0, s.Note,
                        Name(s.Outcome), s.Thanks.Length > 0 ? s.Thanks : null, null))]);
            }

            var mine = i.Sides.First(s => s.UserId == userId);
            var introduced = i.State == IntroductionState.Introduced;
            return new(
                i.Id, "side", IntroductionAccess.StateForSide(i, mine, now), i.IntroducerName, null, i.CreatedAt, i.AskedAt, i.ExpiresAt, i.IntroducedAt, introduced ? Name(i.Outcome) : null,
                [.. i.Sides.Select(s => s == mine
                    ? new SideDocument(s.Letter, s.Name, s.PersonId, null, Answer(s.Answer), s.AnsweredAt, s.Email.Length > 0, s.Note, Name(s.Outcome), s.Thanks.Length > 0 ? s.Thanks : null, Shared(s))
                    : new SideDocument(s.Letter, s.Name, introduced ? s.PersonId : null, null, null, null, null, null, null, null, introduced ? Shared(s) : null))]);
        }

        private static string Answer(IntroductionAnswer answer) => JsonNamingPolicy.CamelCase.ConvertName(answer.ToString());

        private static SharedDocument Shared(IntroductionSide s) => new(s.SharedEmail.Length > 0 ? s.SharedEmail : null, s.SharedReach.Length > 0 ? s.SharedReach : null);
    }

    /// <summary>One side as the caller may see it; null fields are hidden from the caller (or empty).</summary>
    public sealed record SideDocument(
        string Side,
        string Name,
        int? PersonId,
        int? ContactId,
        string? Answer,
        DateTimeOffset? AnsweredAt,
        bool? ByEmail,
        string? Note,
        string? Outcome,
        string? Thanks,
        SharedDocument? Shared);

    /// <summary>A circulation picture as data: people, introductions (introducer, A, B) and the counts by month.</summary>
    public sealed record CirculationDocument(IReadOnlyList<CirculationNode> Nodes, IReadOnlyList<EdgeDocument> Edges, CirculationCounts Counts)
    {
        public static CirculationDocument From(CirculationGraph graph)
        {
            ArgumentNullException.ThrowIfNull(graph);
            return new(graph.Nodes, [.. graph.Edges.Select(e => new EdgeDocument(e.IntroducerId, e.AId, e.BId, e.Accepted, Name(e.Outcome), e.Date))], graph.Counts);
        }
    }

    /// <summary>One introduction in a circulation picture.</summary>
    public sealed record EdgeDocument(string Introducer, string A, string B, bool Accepted, string? Outcome, DateOnly Date);

    /// <summary>What a side chose to give the other when saying yes.</summary>
    public sealed record SharedDocument(string? Email, string? Reach);
}
