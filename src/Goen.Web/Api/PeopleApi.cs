using System.Security.Claims;
using Goen.Data;
using Goen.Data.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Api;

/// <summary>Other people's profiles, only as they share them with the caller.</summary>
public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/people").WithTags("People").RequireAuthorization();
        api.MapGet("/{id:int}", GetPerson).WithName(nameof(GetPerson)).WithSummary("A person's profile as they share it with me; 404 when they share nothing with me.");
        return routes;
    }

    public static async Task<Results<Ok<SharedProfile>, NotFound>> GetPerson(int id, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var relation = await db.RelationAsync(user.UserId(), person, cancellationToken);
        return SharedProfile.Of(person, relation) is { } shared ? TypedResults.Ok(shared) : TypedResults.NotFound();
    }
}
