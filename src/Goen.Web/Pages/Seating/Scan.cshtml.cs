using Goen.Data;
using Goen.Data.Events;
using Goen.Data.Seating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Seating;

/// <summary>
/// At the door, on a phone: the camera reads the QR code on an attendee's printed itinerary and checks them in. The code
/// can also be typed or pasted, and without JavaScript the page is a plain form; either way it posts the same form to
/// the one check-in (<see cref="SeatingJobs.CheckInAsync"/>).
/// </summary>
public sealed class Scan(GoenDbContext db, SeatingLinks links, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    public string Title { get; private set; } = "";

    /// <summary>Gets the name of the person just checked in, or null.</summary>
    public string? CheckedIn { get; private set; }

    [BindProperty(Name = "code")]
    [System.ComponentModel.DataAnnotations.StringLength(2000)]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (done is { } personId)
        {
            CheckedIn = await db.Attendances.Where(a => a.EventId == id && a.PersonId == personId && a.CheckedInAt != null).ThatCount()
                .Select(a => a.Person!.Name).FirstOrDefaultAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError("code", text["Scan.Empty"]);
        }
        else if (ModelState.IsValid && links.Read(Code, id) is { } personId
            && await SeatingJobs.CheckInAsync(db, User.UserId(), id, personId, checkedIn: true, clock, cancellationToken))
        {
            return Redirect(Url.Page("/Seating/Scan", new { id, done = personId })!);
        }
        else
        {
            ModelState.AddModelError("code", text["Scan.NotThisEvent"]);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.RoleAsync(id, User.UserId(), cancellationToken) != EventRole.Organizer)
        {
            return false;
        }

        Title = await db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync(cancellationToken);
        return true;
    }
}
