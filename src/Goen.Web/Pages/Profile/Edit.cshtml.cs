using System.ComponentModel.DataAnnotations;
using Goen.Data;
using Goen.Data.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Profile;

/// <summary>
/// The signed-in person's own profile, with who may see each field. A save from a stale form (another
/// tab saved first) is refused and the newer values are shown beside the person's own, so nothing is lost.
/// </summary>
public sealed class Edit(GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>Gets the saved profile when a save was refused because it changed meanwhile.</summary>
    public ProfileInput? Newer { get; private set; }

    public bool Saved { get; private set; }

    /// <summary>Gets the profile as people at the same events see it.</summary>
    public SharedProfile? AsSeenAtEvents { get; private set; }

    /// <summary>Gets the profile as everyone signed in sees it (null: they see nothing).</summary>
    public SharedProfile? AsSeenBySignedIn { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        var person = await db.OwnProfileAsync(UserId, "", clock, cancellationToken);
        Input = ProfileInput.From(person);
        Saved = saved;
        AsSeenAtEvents = SharedProfile.Of(person, Relation.SameEvent);
        AsSeenBySignedIn = SharedProfile.Of(person, Relation.SignedIn);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var save = await db.SaveOwnProfileAsync(UserId, Input.ToFields(), Input.Version, clock, cancellationToken);
        if (!save.Saved)
        {
            Newer = ProfileInput.From(save.Current);

            // The next save is a deliberate choice to keep this form's values over the newer ones.
            Input.Version = save.Current.Version;
            ModelState.Clear();
            ModelState.AddModelError("", text["Profile.Conflict"]);
            return Page();
        }

        return RedirectToPage(new { saved = true });
    }

    private string UserId => User.UserId();

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(Person.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Name")]
        public string Name { get; set; } = "";

        [StringLength(Person.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Organization")]
        public string? Organization { get; set; }

        [StringLength(Person.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Role")]
        public string? Role { get; set; }

        [StringLength(Person.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Offers")]
        public string? Offers { get; set; }

        [StringLength(Person.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Needs")]
        public string? Needs { get; set; }

        [StringLength(Person.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Interests")]
        public string? Interests { get; set; }

        [StringLength(Person.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Languages")]
        public string? Languages { get; set; }

        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(Person.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.ContactEmail")]
        public string? Email { get; set; }

        public Visibility OrganizationVisibility { get; set; }

        public Visibility RoleVisibility { get; set; }

        public Visibility OffersVisibility { get; set; }

        public Visibility NeedsVisibility { get; set; }

        public Visibility InterestsVisibility { get; set; }

        public Visibility LanguagesVisibility { get; set; }

        public Visibility EmailVisibility { get; set; }

        public int Version { get; set; }

        public static ProfileInput From(Person person)
        {
            var f = ProfileFields.Of(person);
            return new()
            {
                Name = f.Name,
                Organization = f.Organization,
                Role = f.Role,
                Offers = f.Offers,
                Needs = f.Needs,
                Interests = f.Interests,
                Languages = f.Languages,
                Email = f.Email,
                OrganizationVisibility = f.OrganizationVisibility,
                RoleVisibility = f.RoleVisibility,
                OffersVisibility = f.OffersVisibility,
                NeedsVisibility = f.NeedsVisibility,
                InterestsVisibility = f.InterestsVisibility,
                LanguagesVisibility = f.LanguagesVisibility,
                EmailVisibility = f.EmailVisibility,
                Version = person.Version,
            };
        }

        public ProfileFields ToFields() => new(
            Name, Organization, Role, Offers, Needs, Interests, Languages, Email,
            OrganizationVisibility, RoleVisibility, OffersVisibility, NeedsVisibility, InterestsVisibility, LanguagesVisibility, EmailVisibility);
    }
}
