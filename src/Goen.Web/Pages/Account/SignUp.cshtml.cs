using System.ComponentModel.DataAnnotations;
using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Account;

/// <summary>Creates an account and its (empty) profile, then signs the person in.</summary>
public sealed class SignUp(UserManager<GoenUser> users, SignInManager<GoenUser> signIn, GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The account and its profile are saved together or not at all (Identity's store shares this context).
        var user = new GoenUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), CreatedAt = clock.GetUtcNow(), Culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "ja" ? "ja" : "en" };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var result = await users.CreateAsync(user, Input.Password);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError("", AccountText.Describe(error, text));
                }

                return Page();
            }

            db.People.Add(new Person { UserId = user.Id, Name = Input.Name.Trim(), UpdatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(LocalUrl.OrDefault(Url, ReturnUrl, "/Profile/Edit"));
    }

    public sealed class SignUpInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(Person.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(Person.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.SignInEmail")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";
    }
}
