using Goen.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Seating;

/// <summary>The plan for paper: a card per table (who sits there each round, and its topics) and an itinerary per attendee.</summary>
public sealed class Print(GoenDbContext db) : PageModel
{
    public PlanPage View { get; private set; } = null!;

    /// <summary>Gets each attendee seated in some round, by name, with their table in each round (0 when not seated).</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<int> Tables)> Itineraries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int planId, CancellationToken cancellationToken)
    {
        if (await PlanPage.LoadAsync(db, User.UserId(), id, planId, cancellationToken) is not { Plan: { } plan } view)
        {
            return NotFound();
        }

        View = view;
        Itineraries = [.. plan.Attendees
            .Select(a => (a.Profile.Name, (IReadOnlyList<int>)[.. Enumerable.Range(0, plan.Rounds.Count).Select(r => plan.TableOf(r, a.Id) + 1)]))
            .Where(i => i.Item2.Any(t => t > 0))
            .OrderBy(i => i.Name, StringComparer.Ordinal)];
        return Page();
    }
}
