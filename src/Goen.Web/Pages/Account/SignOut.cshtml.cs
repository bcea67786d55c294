using Goen.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Account;

/// <summary>
/// Signs out: a post only, so a link on another site cannot sign anyone out. The account's security stamp
/// changes, so a copy of the session cookie stops working too (at its next check, see Goen:SessionCheckSeconds).
/// </summary>
public sealed class SignOut(SignInManager<GoenUser> signIn, UserManager<GoenUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
