using System.Globalization;
using System.Text;
using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Goen.Web;

/// <summary>
/// The mails about an account itself — confirm your address, someone tried to sign up with it, set a new
/// password — each queued in the outbox in the recipient's language, with a one-time link. The caller saves.
/// </summary>
public sealed class AccountMail(UserManager<GoenUser> users, GoenDbContext db, SiteAddress site, TimeProvider clock, IStringLocalizer<UiText> text)
{
    /// <summary>Queues the link that confirms the address and signs the person in (a day, once).</summary>
    /// <param name="user">The unconfirmed account.</param>
    /// <param name="request">The request, for the site's address.</param>
    /// <param name="returnUrl">A local page to open after confirming, or null.</param>
    public async Task QueueConfirmationAsync(GoenUser user, HttpRequest request, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = $"{site.BaseFor(request)}/Account/Confirm?user={Uri.EscapeDataString(user.Id)}&token={token}"
            + (returnUrl is null ? "" : $"&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Queue("account.confirm", user, "Mail.Confirm.Subject", "Mail.Confirm.Body", link);
    }

    /// <summary>Tells the owner of an account that someone tried to sign up with its address, and how to get in.</summary>
    /// <param name="user">The existing account.</param>
    /// <param name="request">The request, for the site's address.</param>
    public void QueueSignUpAttempt(GoenUser user, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        var home = site.BaseFor(request);
        Queue("account.exists", user, "Mail.SignUpExists.Subject", "Mail.SignUpExists.Body", $"{home}/Account/SignIn", $"{home}/Account/Forgot");
    }

    /// <summary>Queues the one-time link to set a new password (Identity's reset token, a day).</summary>
    /// <param name="user">The account.</param>
    /// <param name="request">The request, for the site's address.</param>
    public async Task QueuePasswordResetAsync(GoenUser user, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        Queue("account.reset", user, "Mail.Reset.Subject", "Mail.Reset.Body", $"{site.BaseFor(request)}/Account/Reset?email={Uri.EscapeDataString(user.Email!)}&token={token}");
    }

    /// <summary>Reads a token from a link, or null when it is missing, too long or not a token at all.</summary>
    /// <param name="token">The link's token.</param>
    /// <returns>Identity's token.</returns>
    public static string? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    // The account's language; before the account has one, the page's.
    private void Queue(string kind, GoenUser user, string subject, string body, params object[] values)
    {
        var culture = user.Culture is "ja" or "en" ? user.Culture : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "ja" ? "ja" : "en";
        using (CultureScope.In(culture))
        {
            MailOutbox.Queue(db, new MailMessageDraft(kind, user.Email!, "", culture, text[subject], string.Format(CultureInfo.CurrentCulture, text[body], values)), clock.GetUtcNow());
        }
    }
}
