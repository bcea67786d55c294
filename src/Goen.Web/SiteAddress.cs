namespace Goen.Web;

/// <summary>
/// The address people reach this Goen at, for every absolute link it hands out (in mail, QR codes, vCards):
/// <c>Goen:PublicBaseUrl</c> when set (behind a proxy), else the address the request came to.
/// </summary>
public sealed class SiteAddress(IConfiguration configuration)
{
    /// <summary>The public base of links.</summary>
    /// <param name="request">The current request.</param>
    /// <returns>The base, without a trailing slash.</returns>
    public string BaseFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = configuration["Goen:PublicBaseUrl"];
        return (string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured).TrimEnd('/');
    }
}
