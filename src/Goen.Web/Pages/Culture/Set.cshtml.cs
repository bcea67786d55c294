using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Culture;

/// <summary>Switches the UI language (a cookie for a year) and goes back to the page the person was on.</summary>
/// <remarks>
/// No antiforgery token: a forged switch changes only the language, and the form must work on the error
/// page when the database that holds the token keys is down.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class Set : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (culture is "ja" or "en")
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, HttpOnly = true });
        }

        // Only a path on this site: a forged link must not bounce people elsewhere.
        return LocalRedirect(LocalUrl.OrDefault(Url, returnUrl, "/"));
    }
}
