using Goen.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Account;

/// <summary>
/// Opens the link of a sign-up mail: one tap confirms the address and signs the person in. Opening the link only
/// shows the button (mail scanners open links too); the link works once and for a day, because confirming
/// renews the account's security stamp, which Identity's token is bound to.
/// </summary>
public sealed class Confirm(UserManager<GoenUser> users, SignInManager<GoenUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Gets whether the link is one Goen cannot use; the page then says so.</summary>
    public bool LinkBroken { get; private set; }

    public void OnGet() => LinkBroken = string.IsNullOrEmpty(AccountId) || AccountMail.Decode(Token) is null;

    public async Task<IActionResult> OnPostAsync()
    {
        var token = AccountMail.Decode(Token);
        var user = token is null || string.IsNullOrEmpty(AccountId) || AccountId.Length > 100 ? null : await users.FindByIdAsync(AccountId);
        if (user is null || token is null || !(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            LinkBroken = true;
            return Page();
        }

        await users.UpdateSecurityStampAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(LocalUrl.OrDefault(Url, ReturnUrl, "/Profile/Edit"));
    }
}
