using Goen.Data;
using Goen.Data.Seating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Seating;

/// <summary>
/// An attendee's own tables: their table each round, the table's topics, and who sits with them with what those people
/// share. Opened by the signed-in attendee from the event page, or without an account by the signed link on their
/// printed itinerary (<see cref="SeatingLinks"/>); a link that is not Goen's for this event opens nothing.
/// </summary>
public sealed class Itinerary(GoenDbContext db, SeatingLinks links) : PageModel
{
    public Data.Seating.Itinerary? View { get; private set; }

    /// <summary>Gets whether the page came from a link that opens nothing (forged, altered, another event's, or withdrawn).</summary>
    public bool BadLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? t, CancellationToken cancellationToken)
    {
        if (t is not null)
        {
            View = links.Read(t, id) is { } personId ? await Itineraries.ForPersonAsync(db, id, personId, cancellationToken) : null;
            BadLink = View is null;
            Response.StatusCode = BadLink ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
            return Page();
        }

        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        View = await Itineraries.ForUserAsync(db, id, User.UserId(), cancellationToken);
        return View is null ? NotFound() : Page();
    }
}
