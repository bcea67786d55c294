using System.ComponentModel.DataAnnotations;
using Goen.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Account;

/// <summary>
/// Changes one's password. Every other session of the account ends (the security stamp changes); this one
/// stays signed in.
/// </summary>
public sealed class Password(UserManager<GoenUser> users, SignInManager<GoenUser> signIn, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet(bool changed) => Changed = changed;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.Current" : "Input.New",
                    error.Code == "PasswordMismatch" ? text["Password.Wrong"] : AccountText.Describe(error, text));
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { changed = true });
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Password.Current")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Password.New")]
        public string New { get; set; } = "";
    }
}
