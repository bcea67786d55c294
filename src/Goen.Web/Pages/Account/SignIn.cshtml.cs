using System.ComponentModel.DataAnnotations;
using Goen.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Account;

/// <summary>
/// Signs a person in. Five wrong passwords for an account from one address make that address wait (not the account:
/// see <see cref="SignInThrottle"/>), and the message is the same for a wrong password, a waiting address and an
/// unknown e-mail, so it tells a stranger nothing about who has an account.
/// </summary>
public sealed class SignIn(SignInManager<GoenUser> signIn, SignInThrottle throttle, AccountMail accountMail, Goen.Data.GoenDbContext db, Jobs.MailJob mail, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Gets whether the account's address is not confirmed yet: the page says a new link is on its way.</summary>
    public bool NotConfirmed { get; private set; }

    /// <summary>Gets whether the person just set a new password through a reset link.</summary>
    public bool WasReset { get; private set; }

    public void OnGet(bool reset) => WasReset = reset;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (!throttle.IsBlocked(Input.Email, client))
        {
            var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.Remember, lockoutOnFailure: false);
            if (result.Succeeded)
            {
                throttle.Succeeded(Input.Email, client);
                return LocalRedirect(LocalUrl.OrDefault(Url, ReturnUrl, "/Events"));
            }

            // An unconfirmed account is refused before its password is looked at; only with the right password is
            // the person told to confirm (and sent the link again), so the answer tells a stranger nothing.
            if (result.IsNotAllowed && await signIn.UserManager.FindByEmailAsync(Input.Email.Trim()) is { EmailConfirmed: false } user
                && await signIn.UserManager.CheckPasswordAsync(user, Input.Password))
            {
                throttle.Succeeded(Input.Email, client);
                await accountMail.QueueConfirmationAsync(user, Request, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null);
                await db.SaveChangesAsync();
                mail.Nudge();
                NotConfirmed = true;
                return Page();
            }

            throttle.Failed(Input.Email, client);
        }

        ModelState.AddModelError("", text["SignIn.Failed"]);
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
