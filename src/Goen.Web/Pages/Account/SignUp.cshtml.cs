using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Mail;
using Goen.Data.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Goen.Web.Pages.Account;

/// <summary>
/// Creates an account and its (empty) profile, and mails a link that confirms the address and signs the person
/// in. The page answers the same whether or not the address already has an account, so it tells a stranger
/// nothing: the owner of an existing account gets a mail saying someone tried, with the ways back in.
/// </summary>
public sealed class SignUp(UserManager<GoenUser> users, GoenDbContext db, AccountMail accountMail, TimeProvider clock, Jobs.MailJob mail, IOptions<SmtpOptions> smtp, IOptions<MailOptions> mailOptions, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Gets whether the form was sent: the page then says to look for the mail.</summary>
    public bool Sent { get; private set; }

    /// <summary>
    /// Gets the folder mail is written to when this Goen has no SMTP server and is used on this very machine (a
    /// laptop), or null: a folder on a server is nobody's business.
    /// </summary>
    public string? PickupFolder =>
        string.IsNullOrWhiteSpace(smtp.Value.Host) && HttpContext.Connection.RemoteIpAddress is { } client && System.Net.IPAddress.IsLoopback(client)
            ? Path.GetFullPath(mailOptions.Value.PickupFolder)
            : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "ja" ? "ja" : "en";
        var existing = await users.FindByEmailAsync(email);
        if (existing is { EmailConfirmed: true })
        {
            // Hash the password all the same, so the answer takes as long as for a new account.
            _ = users.PasswordHasher.HashPassword(existing, Input.Password);
            accountMail.QueueSignUpAttempt(existing, Request);
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (!await CreateOrRenewAsync(existing, email, culture, cancellationToken))
        {
            return Page();
        }

        mail.Nudge();
        Sent = true;
        return Page();
    }

    // A new account, or an unconfirmed one signed up for again: the latest sign-up's name and password win (only
    // the owner of the mailbox can confirm either), and older confirmation links stop working.
    private async Task<bool> CreateOrRenewAsync(GoenUser? unconfirmed, string email, string culture, CancellationToken cancellationToken)
    {
        // The account, its profile and the confirmation mail are saved together or not at all (Identity's store shares this context).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = unconfirmed ?? new GoenUser { UserName = email, Email = email, CreatedAt = clock.GetUtcNow(), Culture = culture };
        IdentityResult result;
        if (unconfirmed is null)
        {
            result = await users.CreateAsync(user, Input.Password);
        }
        else
        {
            user.Culture = culture;
            user.CreatedAt = clock.GetUtcNow(); // an unconfirmed account is as old as its last sign-up: that is what the purge counts from
            result = await users.RemovePasswordAsync(user) is { Succeeded: true } ? await users.AddPasswordAsync(user, Input.Password) : IdentityResult.Failed();
        }

        // Two sign-ups of one new address at once (a double click): the first one's mail is on its way.
        if (!result.Succeeded && result.Errors.Any() && result.Errors.All(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            return true;
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", AccountText.Describe(error, text));
            }

            return false;
        }

        var person = await db.People.FirstOrDefaultAsync(p => p.UserId == user.Id, cancellationToken);
        if (person is null)
        {
            db.People.Add(new Person { UserId = user.Id, Name = Input.Name.Trim(), UpdatedAt = clock.GetUtcNow() });
        }
        else
        {
            person.Name = Input.Name.Trim();
            person.UpdatedAt = clock.GetUtcNow();
        }

        await accountMail.QueueConfirmationAsync(user, Request, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
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
