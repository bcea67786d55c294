using System.Globalization;
using System.Security.Claims;
using Goen.Core.Calendar;
using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Api;

/// <summary>My data is mine: export it all, restore it into an empty account, delete it all; my private calendar feed; 1on1 invitations.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/me").WithTags("Me").RequireAuthorization();
        me.MapGet("/export", ExportAccount).WithName(nameof(ExportAccount)).WithSummary("Everything I own, as JSON: profile, settings, contacts, notes, encounters.");
        me.MapPost("/import", ImportAccount).WithName(nameof(ImportAccount)).WithSummary("Restores an export into my account; 409 unless it has no contacts yet.");
        me.MapDelete("", DeleteAccount).WithName(nameof(DeleteAccount)).WithSummary("Deletes my account and everything it owns.");
        me.MapGet("/calendar", GetCalendar).WithName(nameof(GetCalendar)).WithSummary("My private calendar feed's address, or null when it is off.");
        me.MapPost("/calendar", RenewCalendar).WithName(nameof(RenewCalendar)).WithSummary("Makes a new feed address; the old one stops working.");
        me.MapDelete("/calendar", RevokeCalendar).WithName(nameof(RevokeCalendar)).WithSummary("Turns the feed off: its address answers 404.");

        routes.MapGet("/api/contacts/{id:int}/meeting.ics", MeetingInvitation).WithTags("Network").RequireAuthorization().WithName(nameof(MeetingInvitation))
            .WithSummary("A calendar file for a planned 1on1 with a contact (start: Japan wall-clock time, e.g. 2026-12-03T19:00).");
        routes.MapGet("/calendar/{token}.ics", CalendarFeedFile).AllowAnonymous().WithTags("Me").WithName(nameof(CalendarFeedFile))
            .WithSummary("The private feed: my events and follow-ups due; the secret token is the only key.");
        return routes;
    }

    public static async Task<Ok<AccountExport>> ExportAccount(ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.ContentDisposition = "attachment; filename=goen-my-data.json";
        return TypedResults.Ok(await AccountData.ExportAsync(db, user.UserId(), clock, cancellationToken));
    }

    public static async Task<Results<Ok<ContactCount>, Conflict<ProblemMessage>, ValidationProblem>> ImportAccount(AccountExport export, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        return await AccountData.ImportAsync(db, userId, export, clock, cancellationToken) switch
        {
            RestoreProblem.None => TypedResults.Ok(new ContactCount(await db.Contacts.OwnedBy(userId).CountAsync(cancellationToken))),
            RestoreProblem.NotEmpty => TypedResults.Conflict(new ProblemMessage(text["MyData.NotEmpty"])),
            RestoreProblem.TooLong => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["contacts"] = [text["MyData.TooLong"]] }),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [text["MyData.NotAnExport"]] }),
        };
    }

    public static async Task<NoContent> DeleteAccount(ClaimsPrincipal user, GoenDbContext db, SignInManager<GoenUser> signIn, CancellationToken cancellationToken)
    {
        await AccountData.DeleteAsync(db, user.UserId(), cancellationToken);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Ok<CalendarDocument>> GetCalendar(ClaimsPrincipal user, GoenDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CalendarDocument(FeedUrl(context.Request, await CalendarFeed.TokenAsync(db, user.UserId(), cancellationToken))));

    public static async Task<Ok<CalendarDocument>> RenewCalendar(ClaimsPrincipal user, GoenDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CalendarDocument(FeedUrl(context.Request, await CalendarFeed.RenewAsync(db, user.UserId(), cancellationToken))));

    public static async Task<NoContent> RevokeCalendar(ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken)
    {
        await CalendarFeed.RevokeAsync(db, user.UserId(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> CalendarFeedFile(string token, string? lang, GoenDbContext db, TimeProvider clock, IStringLocalizerFactory localizers, CancellationToken cancellationToken)
    {
        // A calendar app sends no language of its own: the address carries the one the feed was made in.
        var culture = lang == "ja" ? new CultureInfo("ja") : new CultureInfo("en");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var text = localizers.Create(typeof(UiText));
            var feed = await CalendarFeed.WriteAsync(db, token, new CalendarFeed.FeedText(text["Calendar.Name"], text["Calendar.FollowUp"], text["Calendar.FollowUpTopic"]), clock, cancellationToken);
            return feed is null ? TypedResults.NotFound() : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(feed), "text/calendar; charset=utf-8");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> MeetingInvitation(int id, DateTime? start, int? minutes, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        if (await ContactQueries.GetAsync(db, user.UserId(), id, cancellationToken) is not { } contact)
        {
            return TypedResults.NotFound();
        }

        if (start is null || minutes is null or < 5 or > 24 * 60)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["start"] = [text["Meeting.BadTime"]] });
        }

        var name = contact.Profile?.Name ?? contact.Fields.Name ?? "";
        var topic = contact.Encounters.Select(e => e.TalkedAbout).FirstOrDefault(t => t.Length > 0);
        var description = string.Join("\n", new[]
        {
            contact.Fields.TheyNeed is { Length: > 0 } need ? text["Meeting.TheyNeed", need].Value : "",
            topic is not null ? text["Meeting.LastTopic", topic].Value : "",
        }.Where(l => l.Length > 0));
        var ics = CalendarWriter.Meeting(new MeetingInvite(
            $"goen-1on1-{id}-{start.Value:yyyyMMddHHmm}@goen", text["Meeting.Summary", name], description,
            DateTime.SpecifyKind(start.Value, DateTimeKind.Unspecified), minutes.Value, "", clock.GetUtcNow()));
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"goen-1on1-{id}.ics");
    }

    /// <summary>The private feed's address for a token, in the reader's current language; null for no token.</summary>
    /// <param name="request">The request (its scheme and host make the address absolute).</param>
    /// <param name="token">The feed's token.</param>
    /// <returns>The address.</returns>
    public static string? FeedUrl(HttpRequest request, string? token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return token is null ? null : $"{request.Scheme}://{request.Host}/calendar/{token}.ics?lang={CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}";
    }

    /// <summary>How many contacts the account has now.</summary>
    public sealed record ContactCount(int Contacts);

    /// <summary>A refusal a person can read.</summary>
    public sealed record ProblemMessage(string Detail);

    /// <summary>The private feed's address; null when the feed is off.</summary>
    public sealed record CalendarDocument(string? FeedUrl);
}
