using System.ComponentModel.DataAnnotations;
using Goen.Data;
using Goen.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Account;

/// <summary>
/// "Forgot your password?": mails a one-time link to reset it. The page says the same whether or not an account
/// uses the address, so it tells a stranger nothing about who has an account.
/// </summary>
public sealed class Forgot(UserManager<GoenUser> users, GoenDbContext db, AccountMail accountMail, Jobs.MailJob mail) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.SignInEmail")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Email.Trim()) is { } user)
        {
            await accountMail.QueuePasswordResetAsync(user, Request);
            await db.SaveChangesAsync();
            mail.Nudge();
        }

        Sent = true;
        return Page();
    }
}
