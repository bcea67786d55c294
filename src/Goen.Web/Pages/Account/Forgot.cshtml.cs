using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Account;

/// <summary>
/// "Forgot your password?": mails a one-time link to reset it. The page says the same whether or not an account
/// uses the address, so it tells a stranger nothing about who has an account.
/// </summary>
public sealed class Forgot(UserManager<GoenUser> users, GoenDbContext db, IntroductionLinks links, TimeProvider clock, Jobs.MailJob mail, IStringLocalizer<UiText> text) : PageModel
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
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = $"{links.BaseFor(Request)}/Account/Reset?email={Uri.EscapeDataString(user.Email!)}&token={token}";
            var culture = user.Culture is "ja" or "en" ? user.Culture : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "ja" ? "ja" : "en";
            using (CultureScope.In(culture))
            {
                MailOutbox.Queue(db, new MailMessageDraft("account.reset", user.Email!, "", culture, text["Mail.Reset.Subject"], string.Format(CultureInfo.CurrentCulture, text["Mail.Reset.Body"], link)), clock.GetUtcNow());
            }

            await db.SaveChangesAsync();
            mail.Nudge();
        }

        Sent = true;
        return Page();
    }
}
