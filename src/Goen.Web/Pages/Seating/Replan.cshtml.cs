using Goen.Core.Seating;
using Goen.Data;
using Goen.Data.Events;
using Goen.Data.Seating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Seating;

/// <summary>
/// Between rounds: who is not here (everyone not checked in is ticked), who walked in (a name and a line of what they
/// do), who stays but arrives late or must leave early, and from which round to re-plan; held rounds stay as they were.
/// </summary>
public sealed class Replan(GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    /// <summary>How many walk-in lines the form offers at once.</summary>
    public const int WalkInLines = 3;

    public PlanPage View { get; private set; } = null!;

    public IReadOnlyList<Person> Seated { get; private set; } = [];

    [BindProperty]
    public int FromRound { get; set; } = 2;

    [BindProperty]
    public List<int> Absent { get; set; } = [];

    [BindProperty]
    public List<PresenceLine> Presence { get; set; } = [.. Enumerable.Range(0, WalkInLines).Select(_ => new PresenceLine())];

    [BindProperty]
    public List<WalkInLine> WalkIns { get; set; } = [.. Enumerable.Range(0, WalkInLines).Select(_ => new WalkInLine())];

    public async Task<IActionResult> OnGetAsync(int id, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, planId, cancellationToken))
        {
            return NotFound();
        }

        Absent = [.. Seated.Where(p => !p.Here).Select(p => p.PersonId)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, planId, cancellationToken))
        {
            return NotFound();
        }

        var walkIns = WalkIns.Where(w => !string.IsNullOrWhiteSpace(w.Name)).Select(w => new WalkIn(w.Name!.Trim(), w.Line?.Trim() ?? "")).ToList();
        // Only this form's own checks stop it here: an empty "Absent" (nobody ticked) does not bind, and never did.
        var errors = ModelState.ErrorCount;
        var presence = PresenceLine.Filled(Presence, ModelState, text);
        foreach (var line in presence ?? [])
        {
            var name = Seated.FirstOrDefault(p => p.PersonId == line.PersonId)?.Name ?? "";
            if (Absent.Contains(line.PersonId))
            {
                ModelState.AddModelError("", text["Seating.Replan.AbsentAndPresent", name]);
            }
            else if (line.UntilRound < FromRound)
            {
                ModelState.AddModelError("", text["Seating.Replan.PresenceTooEarly", name, line.UntilRound, FromRound]);
            }
        }

        if (ModelState.ErrorCount > errors)
        {
            return Page();
        }

        try
        {
            await SeatingJobs.ReplanAsync(db, User.UserId(), id, planId, FromRound, Absent, walkIns, presence, clock, cancellationToken);
            return RedirectToPage("/Seating/Show", new { id, planId });
        }
        catch (SeatingProblemException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", text["Seating.Replan.Conflict"]);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id, int planId, CancellationToken cancellationToken)
    {
        if (await PlanPage.LoadAsync(db, User.UserId(), id, planId, cancellationToken) is not { Plan: { } plan } view)
        {
            return false;
        }

        View = view;
        var here = await db.Attendances.Where(a => a.EventId == id && a.CheckedInAt != null).ThatCount().Select(a => a.PersonId).ToListAsync(cancellationToken);
        Seated = [.. plan.Attendees.Where(a => a.LeavesBeforeRound is null)
            .Select(a => new Person(int.Parse(a.Id, System.Globalization.CultureInfo.InvariantCulture), a.Profile.Name, false))
            .Select(p => p with { Here = here.Contains(p.PersonId) })
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
        return true;
    }

    public sealed record Person(int PersonId, string Name, bool Here);

    public sealed class WalkInLine
    {
        [System.ComponentModel.DataAnnotations.StringLength(Data.People.Person.ShortLength)]
        public string? Name { get; set; }

        [System.ComponentModel.DataAnnotations.StringLength(Data.People.Person.TextLength)]
        public string? Line { get; set; }
    }
}
