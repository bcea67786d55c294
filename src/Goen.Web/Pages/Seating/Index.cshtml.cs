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
public sealed class Index(GoenDbContext db, TimeProvider clock, SeatingJob job, Microsoft.Extensions.Localization.IStringLocalizer<UiText> text) : PageModel
{
    /// <summary>How many host lines the form offers.</summary>
    public const int HostLines = 3;

    private static readonly int[] Sizes = [4, 5, 6, 7, 8];

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public string Title { get; private set; } = "";

    public int People { get; private set; }

    /// <summary>Gets the attendees by name, to choose hosts from.</summary>
    public IReadOnlyList<(int PersonId, string Name)> Attendees { get; private set; } = [];

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

        var hosts = Input.Hosts.Where(h => h.PersonId is > 0).ToList();
        if (hosts.Any(h => h.Table is not > 0))
        {
            ModelState.AddModelError("", text["Seating.HostNeedsTable"]);
        }

        var presence = PresenceLine.Filled(Input.Presence, ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var pins = hosts.Count == 0 ? null : hosts.Select(h => new PlanPin(h.PersonId!.Value, h.Table!.Value)).ToList();
        var request = new PlanRequest(Input.Rounds, Input.TableSize, Input.MinTableSize, Input.MaxTableSize, Input.HelpWeight, Input.TalkWeight, Input.Apart ? PlanRequest.Organization : null, pins, Input.Seconds,
            presence);
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
        var attendees = await db.Attendances.Where(a => a.EventId == id).ThatCount().OrderBy(a => a.Person!.Name).ThenBy(a => a.PersonId)
            .Select(a => new { a.PersonId, a.Person!.Name }).ToListAsync(cancellationToken);
        Attendees = [.. attendees.Select(a => (a.PersonId, a.Name))];
        People = Attendees.Count;
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

        /// <summary>Gets or sets the hosts: people who sit at one table in every round.</summary>
        public List<HostLine> Hosts { get; set; } = [.. Enumerable.Range(0, HostLines).Select(_ => new HostLine())];

        /// <summary>Gets or sets the people who arrive late or leave early.</summary>
        public List<PresenceLine> Presence { get; set; } = [.. Enumerable.Range(0, HostLines).Select(_ => new PresenceLine())];
    }

    /// <summary>A host and their table (from 1); both empty for none.</summary>
    public sealed class HostLine
    {
        public int? PersonId { get; set; }

        [Range(1, 100)]
        public int? Table { get; set; }
    }

    public sealed record PlanRow(int Id, EventPlanState State, int Rounds, int Repeats, DateTimeOffset CreatedAt);
}
