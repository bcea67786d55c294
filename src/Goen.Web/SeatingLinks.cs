using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Goen.Web;

/// <summary>
/// The link on an attendee's printed itinerary: signed by the app's data-protection keys and bound to one event and one
/// person, so it opens that person's itinerary without an account (imported attendees often have none) and nobody
/// else's. The organizer's camera check-in reads the same link.
/// </summary>
public sealed class SeatingLinks(IDataProtectionProvider protection, SiteAddress site)
{
    private readonly IDataProtector protector = protection.CreateProtector("Goen.Seating.Itinerary.v1");

    /// <summary>The absolute link to a person's itinerary (under <c>Goen:PublicBaseUrl</c> when set).</summary>
    /// <param name="request">The current request.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="personId">The attendee.</param>
    /// <returns>The link.</returns>
    public string For(HttpRequest request, int eventId, int personId) =>
        $"{site.BaseFor(request)}/Seating/Itinerary/{eventId}?t={Token(eventId, personId)}";

    /// <summary>The token for a person's itinerary.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="personId">The attendee.</param>
    /// <returns>The token, URL-safe.</returns>
    public string Token(int eventId, int personId) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{eventId}|{personId}"));

    /// <summary>Reads a token, or a whole itinerary link holding one.</summary>
    /// <param name="token">The token, or a link whose <c>t</c> is the token.</param>
    /// <param name="eventId">The event the page is for.</param>
    /// <returns>The person, or <see langword="null"/> for a forged, altered or other event's token.</returns>
    public int? Read(string? token, int eventId)
    {
        token = token?.Trim();
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        if (Uri.TryCreate(token, UriKind.Absolute, out var link))
        {
            token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query).TryGetValue("t", out var t) ? t.ToString() : "";
        }

        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length == 2 && parts[0] == eventId.ToString(CultureInfo.InvariantCulture) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var personId)
                ? personId
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
