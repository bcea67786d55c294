using System.ComponentModel.DataAnnotations;
using Goen.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Account;

/// <summary>Signs a person in; failures lock the account for a while after five tries.</summary>
public sealed class SignIn(SignInManager<GoenUser> signIn, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Gets whether the person just set a new password through a reset link.</summary>
    public bool WasReset { get; private set; }

    public void OnGet(bool reset) => WasReset = reset;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrl.OrDefault(Url, ReturnUrl, "/Events"));
        }

        ModelState.AddModelError("", text[result.IsLockedOut ? "SignIn.LockedOut" : "SignIn.Failed"]);
        return Page();
    }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.SignInEmail")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";

        [Display(Name = "SignIn.Remember")]
        public bool Remember { get; set; }
    }
}
