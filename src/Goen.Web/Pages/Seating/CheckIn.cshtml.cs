using Goen.Data;
using Goen.Data.Events;
using Goen.Data.Seating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Seating;

/// <summary>At the door, on a phone: everyone attending, one tap to check a person in (and one to undo).</summary>
public sealed class CheckIn(GoenDbContext db, TimeProvider clock) : PageModel
{
    public string Title { get; private set; } = "";

    public IReadOnlyList<Row> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.RoleAsync(id, User.UserId(), cancellationToken) != EventRole.Organizer)
        {
            return NotFound();
        }

        Title = await db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync(cancellationToken);
        People = await db.Attendances.Where(a => a.EventId == id).ThatCount()
            .OrderBy(a => a.Person!.Name).ThenBy(a => a.Id)
            .Select(a => new Row(a.PersonId, a.Person!.Name, a.ReceptionNumber, a.CheckedInAt != null))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int personId, bool here, CancellationToken cancellationToken) =>
        await SeatingJobs.CheckInAsync(db, User.UserId(), id, personId, here, clock, cancellationToken)
            ? Redirect(Url.Page("/Seating/CheckIn", new { id }) + $"#p{personId}")
            : NotFound();

    public sealed record Row(int PersonId, string Name, string ReceptionNumber, bool Here);
}
