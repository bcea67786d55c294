using System.ComponentModel.DataAnnotations;
using Goen.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Account;

/// <summary>
/// Sets a new password from the link in a reset mail. The link works once and for a day (Identity's token is bound
/// to the account's security stamp, which the reset changes): every session of the account ends with it.
/// </summary>
public sealed class Reset(UserManager<GoenUser> users, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Password.New")]
    public string NewPassword { get; set; } = "";

    /// <summary>Gets whether the link is one Goen can still use; when not, the page says so and offers a new one.</summary>
    public bool LinkBroken { get; private set; }

    public void OnGet() => LinkBroken = string.IsNullOrEmpty(Email) || AccountMail.Decode(Token) is null;

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Email) || AccountMail.Decode(Token) is not { } token)
        {
            LinkBroken = true;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email);
        var result = user is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, token, NewPassword);
        if (result.Succeeded)
        {
            // A stranger's wrong guesses must not keep the owner out once they have proved the address is theirs.
            await users.ResetAccessFailedCountAsync(user!);

            // The reset link came by mail, so the address is the person's: an unconfirmed account is confirmed.
            if (!user!.EmailConfirmed)
            {
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }

            await users.SetLockoutEndDateAsync(user!, null);
            return RedirectToPage("/Account/SignIn", new { reset = true });
        }

        if (result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)))
        {
            ModelState.AddModelError(nameof(NewPassword), string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Validation.PasswordLength"], text["Password.New"], 200, 10));

            return Page();
        }

        LinkBroken = true;
        return Page();
    }
}
