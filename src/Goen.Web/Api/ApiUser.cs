using System.Security.Claims;

namespace Goen.Web.Api;

/// <summary>The signed-in account behind an API call (routes require authorization, so it is always there).</summary>
internal static class ApiUser
{
    public static string Id(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
