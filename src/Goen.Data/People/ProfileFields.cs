using Goen.Core.Text;

namespace Goen.Data.People;

/// <summary>The fields of a profile its owner edits, with who may see each; the same for the page and the API.</summary>
public sealed record ProfileFields(
    string Name,
    string? Organization,
    string? Role,
    string? Offers,
    string? Needs,
    string? Interests,
    string? Languages,
    string? Email,
    Visibility OrganizationVisibility,
    Visibility RoleVisibility,
    Visibility OffersVisibility,
    Visibility NeedsVisibility,
    Visibility InterestsVisibility,
    Visibility LanguagesVisibility,
    Visibility EmailVisibility)
{
    /// <summary>Reads a person's fields.</summary>
    /// <param name="p">The person.</param>
    /// <returns>The fields.</returns>
    public static ProfileFields Of(Person p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Name, p.Organization, p.Role, p.Offers, p.Needs, p.Interests, p.Languages, p.Email,
            p.OrganizationVisibility, p.RoleVisibility, p.OffersVisibility, p.NeedsVisibility, p.InterestsVisibility, p.LanguagesVisibility, p.EmailVisibility);
    }

    /// <summary>Writes the fields onto a person, trimmed; an unknown visibility becomes the narrowest.</summary>
    /// <param name="p">The person.</param>
    public void ApplyTo(Person p)
    {
        ArgumentNullException.ThrowIfNull(p);
        p.Name = UserText.Clean(Name);
        p.Organization = UserText.Clean(Organization);
        p.Role = UserText.Clean(Role);
        p.Offers = UserText.Clean(Offers);
        p.Needs = UserText.Clean(Needs);
        p.Interests = UserText.Clean(Interests);
        p.Languages = UserText.Clean(Languages);
        p.Email = UserText.Clean(Email);
        p.OrganizationVisibility = Checked(OrganizationVisibility);
        p.RoleVisibility = Checked(RoleVisibility);
        p.OffersVisibility = Checked(OffersVisibility);
        p.NeedsVisibility = Checked(NeedsVisibility);
        p.InterestsVisibility = Checked(InterestsVisibility);
        p.LanguagesVisibility = Checked(LanguagesVisibility);
        p.EmailVisibility = Checked(EmailVisibility);
    }

    // A forged value outside the enum falls back to the narrowest choice, never a wider one.
    private static Visibility Checked(Visibility visibility) => Enum.IsDefined(visibility) ? visibility : Visibility.OnlyMe;
}
