using Microsoft.AspNetCore.Mvc;

namespace Goen.Web;

/// <summary>Where to send someone back after a form: a local address only, made safe for a Location header.</summary>
public static class LocalUrl
{
    private static readonly Uri Base = new("http://localhost");

    /// <summary>The address to return to, or the fallback when it is missing or leaves the site.</summary>
    /// <param name="url">The page's URL helper.</param>
    /// <param name="candidate">The requested return address.</param>
    /// <param name="fallback">Where to go otherwise.</param>
    /// <returns>A local address with non-ASCII characters percent-encoded (a raw 日本 in a header is refused by the server).</returns>
    public static string OrDefault(IUrlHelper url, string? candidate, string fallback)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsLocalUrl(candidate))
        {
            return fallback;
        }

        var absolute = new Uri(Base, candidate);
        return absolute.PathAndQuery + absolute.Fragment;
    }
}
