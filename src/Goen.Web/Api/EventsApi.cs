using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Goen.Data;
using Goen.Data.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Api;

/// <summary>Events I organize or attend, and their attendees as I may see them.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/events").WithTags("Events").RequireAuthorization();
        api.MapGet("", ListEvents).WithName(nameof(ListEvents)).WithSummary("Events I organize or am registered for.");
        api.MapPost("", CreateEvent).WithName(nameof(CreateEvent)).WithSummary("Creates an event that I organize.");
        api.MapGet("/{id:int}", GetEvent).WithName(nameof(GetEvent)).WithSummary("An event I organize or attend; the registration code only for its organizer.");
        api.MapGet("/{id:int}/attendees", GetAttendees).WithName(nameof(GetAttendees)).WithSummary("Attendees as they share themselves with me, with suggestions.");
        return routes;
    }

    public static async Task<Ok<List<EventDocument>>> ListEvents(ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var events = await Query(db.Events
                .OrganizedOrAttendedBy(userId)
                .OrderByDescending(e => e.Date))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(events.ConvertAll(e => e.View(userId)));
    }

    public static async Task<Created<EventDocument>> CreateEvent(NewEvent input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var created = await EventPlanning.CreateAsync(db, userId, "", new EventDetails(input.Title, input.Date!.Value, input.StartTime, input.Place, input.Description, input.Tags), clock, cancellationToken);
        var document = new EventRow(created.Id, created.Title, created.Date, created.StartTime, created.Place, created.Description, created.Tags, created.OrganizerId, created.RegistrationCode).View(userId);
        return TypedResults.Created($"/api/events/{created.Id}", document);
    }

    public static async Task<Results<Ok<EventDocument>, NotFound>> GetEvent(int id, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (await db.RoleAsync(id, userId, cancellationToken) == EventRole.None)
        {
            return TypedResults.NotFound();
        }

        var row = await Query(db.Events.Where(e => e.Id == id)).SingleAsync(cancellationToken);
        return TypedResults.Ok(row.View(userId));
    }

    public static async Task<Results<Ok<AttendeeList>, NotFound>> GetAttendees(int id, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken) =>
        await AttendeeDirectory.LoadAsync(db, id, user.UserId(), suggest: true, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static IQueryable<EventRow> Query(IQueryable<Event> events) =>
        events.Select(e => new EventRow(e.Id, e.Title, e.Date, e.StartTime, e.Place, e.Description, e.Tags, e.OrganizerId, e.RegistrationCode));

    /// <summary>A new event.</summary>
    public sealed record NewEvent(
        [property: Required, StringLength(Event.TitleLength)] string Title,
        [property: Required] DateOnly? Date,
        TimeOnly? StartTime,
        [property: StringLength(Event.PlaceLength)] string? Place,
        [property: StringLength(Event.DescriptionLength)] string? Description,
        [property: StringLength(Event.TagsLength)] string? Tags);

    /// <summary>An event; <see cref="RegistrationCode"/> is null unless the caller organizes it.</summary>
    public sealed record EventDocument(int Id, string Title, DateOnly Date, TimeOnly? StartTime, string Place, string Description, string Tags, bool Organizing, string? RegistrationCode);

    private sealed record EventRow(int Id, string Title, DateOnly Date, TimeOnly? StartTime, string Place, string Description, string Tags, string OrganizerId, string RegistrationCode)
    {
        public EventDocument View(string userId) =>
            new(Id, Title, Date, StartTime, Place, Description, Tags, OrganizerId == userId, OrganizerId == userId ? RegistrationCode : null);
    }
}
