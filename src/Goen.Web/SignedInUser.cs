using System.Security.Claims;

namespace Goen.Web;

/// <summary>The signed-in account behind a page or API call (those routes require authorization, so it is there).</summary>
internal static class SignedInUser
{
    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
