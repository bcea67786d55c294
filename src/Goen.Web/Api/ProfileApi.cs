using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Goen.Data;
using Goen.Data.People;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Goen.Web.Api;

/// <summary>The signed-in person's own profile: read it, and save it with the version read (409 when stale).</summary>
public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/profile").WithTags("Profile").RequireAuthorization();
        api.MapGet("", GetProfile).WithName(nameof(GetProfile)).WithSummary("My own profile, every field, with who may see each.");
        api.MapPut("", PutProfile).WithName(nameof(PutProfile)).WithSummary("Saves my profile; fails with 409 when it changed since the version sent.");
        return routes;
    }

    public static async Task<Ok<ProfileDocument>> GetProfile(ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var person = await db.OwnProfileAsync(user.UserId(), "", clock, cancellationToken);
        return TypedResults.Ok(ProfileDocument.From(person));
    }

    public static async Task<Results<Ok<ProfileDocument>, Conflict<ProfileDocument>>> PutProfile(ProfileDocument profile, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var save = await db.SaveOwnProfileAsync(user.UserId(), profile.ToFields(), profile.Version, clock, cancellationToken);
        return save.Saved ? TypedResults.Ok(ProfileDocument.From(save.Current)) : TypedResults.Conflict(ProfileDocument.From(save.Current));
    }

    /// <summary>A profile as its owner reads and writes it through the API.</summary>
    public sealed record ProfileDocument(
        [property: Required, StringLength(Person.ShortLength)] string Name,
        [property: StringLength(Person.ShortLength)] string? Organization,
        [property: StringLength(Person.ShortLength)] string? Role,
        [property: StringLength(Person.TextLength)] string? Offers,
        [property: StringLength(Person.TextLength)] string? Needs,
        [property: StringLength(Person.TextLength)] string? Interests,
        [property: StringLength(Person.ShortLength)] string? Languages,
        [property: OptionalEmail, StringLength(Person.ShortLength)] string? Email,
        [property: EnumDataType(typeof(Visibility))] Visibility OrganizationVisibility,
        [property: EnumDataType(typeof(Visibility))] Visibility RoleVisibility,
        [property: EnumDataType(typeof(Visibility))] Visibility OffersVisibility,
        [property: EnumDataType(typeof(Visibility))] Visibility NeedsVisibility,
        [property: EnumDataType(typeof(Visibility))] Visibility InterestsVisibility,
        [property: EnumDataType(typeof(Visibility))] Visibility LanguagesVisibility,
        [property: EnumDataType(typeof(Visibility))] Visibility EmailVisibility,
        int Version)
    {
        public static ProfileDocument From(Person p)
        {
            var f = ProfileFields.Of(p);
            return new(
                f.Name, f.Organization, f.Role, f.Offers, f.Needs, f.Interests, f.Languages, f.Email,
                f.OrganizationVisibility, f.RoleVisibility, f.OffersVisibility, f.NeedsVisibility, f.InterestsVisibility, f.LanguagesVisibility, f.EmailVisibility,
                p.Version);
        }

        public ProfileFields ToFields() => new(
            Name, Organization, Role, Offers, Needs, Interests, Languages, Email,
            OrganizationVisibility, RoleVisibility, OffersVisibility, NeedsVisibility, InterestsVisibility, LanguagesVisibility, EmailVisibility);
    }
}
