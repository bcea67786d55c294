using System.ComponentModel.DataAnnotations;
using Goen.Core.Seating;
using Goen.Data;
using Goen.Data.Events;
using Goen.Data.Seating;
using Goen.Web.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Seating;

/// <summary>For an event's organizer: how many rounds the tables allow, the plan form, and the plans made so far.</summary>
public sealed class Index(GoenDbContext db, TimeProvider clock, SeatingJob job) : PageModel
{
    private static readonly int[] Sizes = [4, 5, 6, 7, 8];

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public string Title { get; private set; } = "";

    public int People { get; private set; }

    public IReadOnlyList<(int Size, RoundsBound Bound)> Bounds { get; private set; } = [];

    public IReadOnlyList<PlanRow> Plans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new PlanRequest(Input.Rounds, Input.TableSize, Input.MinTableSize, Input.MaxTableSize, Input.HelpWeight, Input.TalkWeight, Input.Apart ? PlanRequest.Organization : null, TimeLimitSeconds: Input.Seconds);
        try
        {
            var plan = await SeatingJobs.QueueAsync(db, User.UserId(), id, request, clock, cancellationToken);
            job.Nudge();
            return RedirectToPage("/Seating/Show", new { id, planId = plan!.Id, refresh = Input.Refresh ? null : Show.RefreshOff });
        }
        catch (SeatingProblemException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.RoleAsync(id, User.UserId(), cancellationToken) != EventRole.Organizer)
        {
            return false;
        }

        Title = await db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync(cancellationToken);
        People = await db.Attendances.Where(a => a.EventId == id).ThatCount().CountAsync(cancellationToken);
        Bounds = [.. Sizes.Where(s => s < People).Select(s => (s, Bound(People, s))).Where(b => b.Item2 is not null).Select(b => (b.s, b.Item2!))];
        var rows = await db.EventPlans.Where(p => p.EventId == id).OrderByDescending(p => p.Id).Take(20).ToListAsync(cancellationToken);
        Plans = [.. rows.Select(p => new PlanRow(p.Id, p.State, SeatingJobs.RequestOf(p).Rounds, p.Repeats, p.CreatedAt))];
        return true;
    }

    /// <summary>The bound for tables of <paramref name="size"/> (one less allowed), or null when no such tables seat everyone.</summary>
    private static RoundsBound? Bound(int people, int size)
    {
        try
        {
            return RoundsBound.For(people, size, size - 1, size);
        }
        catch (SeatingProblemException)
        {
            return null;
        }
    }

    public sealed class PlanInput
    {
        [Range(1, 20)]
        public int Rounds { get; set; } = 4;

        [Range(2, 50)]
        public int? TableSize { get; set; } = 6;

        [Range(1, 50)]
        public int? MinTableSize { get; set; }

        [Range(1, 50)]
        public int? MaxTableSize { get; set; }

        [Range(0, 10)]
        public double HelpWeight { get; set; } = 1;

        [Range(0, 10)]
        public double TalkWeight { get; set; } = 0.5;

        public bool Apart { get; set; } = true;

        /// <summary>
        /// Gets or sets whether the plan page reloads itself while the plan is made. WCAG 2.2.1 asks that a timed
        /// reload can be turned off before it happens: here, on the form, and on the plan page at any time.
        /// </summary>
        public bool Refresh { get; set; } = true;

        [Range(1, 120)]
        public int Seconds { get; set; } = 10;
    }

    public sealed record PlanRow(int Id, EventPlanState State, int Rounds, int Repeats, DateTimeOffset CreatedAt);
}
