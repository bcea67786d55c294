using Goen.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Seating;

/// <summary>
/// A personal itinerary per attendee for paper, two to an A4 page: their table and its topics each round, and a QR code
/// that opens their own itinerary on a phone (the signed link of <see cref="SeatingLinks"/>), which the organizer's
/// camera check-in also reads.
/// </summary>
public sealed class Handouts(GoenDbContext db, SeatingLinks links) : PageModel
{
    public PlanPage View { get; private set; } = null!;

    /// <summary>Gets each attendee seated in some round, by name.</summary>
    public IReadOnlyList<Handout> Sheets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int planId, CancellationToken cancellationToken)
    {
        if (await PlanPage.LoadAsync(db, User.UserId(), id, planId, cancellationToken) is not { Plan: { } plan } view)
        {
            return NotFound();
        }

        View = view;
        Sheets = [.. plan.Attendees
            .Select(a => (a, Tables: Enumerable.Range(0, plan.Rounds.Count).Select(r => plan.TableOf(r, a.Id)).ToList()))
            .Where(s => s.Tables.Any(t => t >= 0) && int.TryParse(s.a.Id, System.Globalization.CultureInfo.InvariantCulture, out _))
            .OrderBy(s => s.a.Profile.Name, StringComparer.Ordinal)
            .Select(s =>
            {
                var link = links.For(Request, id, int.Parse(s.a.Id, System.Globalization.CultureInfo.InvariantCulture));
                return new Handout(s.a.Profile.Name, [.. s.Tables.Select((t, r) => (t + 1, t < 0 ? (IReadOnlyList<string>)[] : plan.Rounds[r][t].Topics))], link, QrImage.DataUri(link));
            })];
        return Page();
    }

    /// <summary>One attendee's sheet.</summary>
    /// <param name="Name">The attendee.</param>
    /// <param name="Tables">Their table in each round (0 when not seated) with its topics.</param>
    /// <param name="Link">The signed link to their itinerary.</param>
    /// <param name="Qr">The link's QR code as an image address.</param>
    public sealed record Handout(string Name, IReadOnlyList<(int Table, IReadOnlyList<string> Topics)> Tables, string Link, string Qr);
}
