using Goen.Data;
using Goen.Data.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Events;

/// <summary>The organizer changes an event's details; a save from a stale form is refused, nothing is lost.</summary>
public sealed class Edit(GoenDbContext db, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public Create.EventInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public int EventId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        EventId = id;
        Input = new Create.EventInput
        {
            Title = found.Title,
            Date = found.Date,
            StartTime = found.StartTime,
            Place = found.Place,
            Description = found.Description,
            Tags = found.Tags,
        };
        Version = found.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        EventId = id;
        if (await FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(found).Property(e => e.Version).OriginalValue = Version;
        Input.ToDetails().ApplyTo(found);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(found).ReloadAsync(cancellationToken);

            // Keep what this person typed; the next save is a deliberate choice over the other one.
            Version = found.Version;
            ModelState.Clear();
            ModelState.AddModelError("", text["Event.Conflict", found.Title]);
            return Page();
        }

        return RedirectToPage("/Events/Details", new { id });
    }

    private Task<Event?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        return db.Events.SingleOrDefaultAsync(e => e.Id == id && e.OrganizerId == userId, cancellationToken);
    }
}
