using Goen.Data;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Culture;

/// <summary>Switches the UI language (a cookie for a year) and goes back to the page the person was on.</summary>
/// <remarks>
/// No antiforgery token: a forged switch changes only the language, and the form must work on the error
/// page when the database that holds the token keys is down.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class Set(GoenDbContext db, ILogger<Set> log) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl, CancellationToken cancellationToken)
    {
        if (culture is "ja" or "en")
        {
            // Signed in, the choice is also the language Goen's mail to them is written in.
            if (User.Identity?.IsAuthenticated == true)
            {
                try
                {
                    var userId = User.UserId();
                    await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Culture, culture), cancellationToken);
                }
                catch (Exception e) when (GoenWebBuilder.IsDatabaseUnavailable(e))
                {
                    log.LogWarning(e, "The language choice could not be saved to the account: the database is unreachable");
                }
            }

            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, HttpOnly = true });
        }

        // Only a path on this site: a forged link must not bounce people elsewhere.
        return LocalRedirect(LocalUrl.OrDefault(Url, returnUrl, "/"));
    }
}
