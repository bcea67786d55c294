using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Goen.Data;
using Goen.Data.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        var person = await db.OwnProfileAsync(user.Id(), user.Identity?.Name ?? "", clock, cancellationToken);
        return TypedResults.Ok(ProfileDocument.From(person));
    }

    public static async Task<Results<Ok<ProfileDocument>, Conflict<ProfileDocument>>> PutProfile(ProfileDocument profile, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var person = await db.OwnProfileAsync(user.Id(), profile.Name, clock, cancellationToken);
        db.Entry(person).Property(p => p.Version).OriginalValue = profile.Version;
        profile.ApplyTo(person);
        person.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(person).ReloadAsync(cancellationToken);
            return TypedResults.Conflict(ProfileDocument.From(person));
        }

        return TypedResults.Ok(ProfileDocument.From(person));
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
        public static ProfileDocument From(Person p) => new(
            p.Name, p.Organization, p.Role, p.Offers, p.Needs, p.Interests, p.Languages, p.Email,
            p.OrganizationVisibility, p.RoleVisibility, p.OffersVisibility, p.NeedsVisibility, p.InterestsVisibility, p.LanguagesVisibility, p.EmailVisibility,
            p.Version);

        public void ApplyTo(Person p)
        {
            p.Name = Name.Trim();
            p.Organization = Organization?.Trim() ?? "";
            p.Role = Role?.Trim() ?? "";
            p.Offers = Offers?.Trim() ?? "";
            p.Needs = Needs?.Trim() ?? "";
            p.Interests = Interests?.Trim() ?? "";
            p.Languages = Languages?.Trim() ?? "";
            p.Email = Email?.Trim() ?? "";
            p.OrganizationVisibility = OrganizationVisibility;
            p.RoleVisibility = RoleVisibility;
            p.OffersVisibility = OffersVisibility;
            p.NeedsVisibility = NeedsVisibility;
            p.InterestsVisibility = InterestsVisibility;
            p.LanguagesVisibility = LanguagesVisibility;
            p.EmailVisibility = EmailVisibility;
        }
    }
}
