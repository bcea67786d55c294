using Goen.Core.Circulation;
using Goen.Data;
using Goen.Data.Introductions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Events;

/// <summary>For an event's organizer: the introductions made among its people, and what came of them.</summary>
public sealed class Circulation(GoenDbContext db) : PageModel
{
    public CirculationGraph Graph { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await CirculationQueries.ForEventAsync(db, User.UserId(), id, cancellationToken) is not { } graph)
        {
            return NotFound();
        }

        Graph = graph;
        Title = await db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync(cancellationToken);
        return Page();
    }
}
