using Goen.Core.Matching;
using Goen.Core.Seating;
using Goen.Data;
using Goen.Data.Seating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Seating;

/// <summary>
/// A plan: while it is made, its progress (the page refreshes itself, no script) and a cancel button; once done, each
/// round's tables with their topic and, per table, why its people sit together in the engine's words.
/// </summary>
public sealed class Show(GoenDbContext db, TimeProvider clock, Because because, IStringLocalizer<UiText> text) : PageModel
{
    /// <summary>The query value (refresh=off) of a plan page that does not reload itself.</summary>
    public const string RefreshOff = "off";

    private const int ReasonsPerTable = 3;

    /// <summary>Gets whether the page reloads itself while the plan is made (unless the organizer turned it off).</summary>
    [FromQuery(Name = "refresh")]
    public string? Refresh { get; set; }

    public bool Refreshes => View.Row.State == EventPlanState.Running && Refresh != RefreshOff;

    public PlanPage View { get; private set; } = null!;

    /// <summary>Gets each round's tables: names, topics and reasons.</summary>
    public IReadOnlyList<IReadOnlyList<TableView>> Rounds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int planId, CancellationToken cancellationToken)
    {
        if (await PlanPage.LoadAsync(db, User.UserId(), id, planId, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (view.Plan is { } plan)
        {
            Rounds = await Task.Run(() => Tables(plan), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, int planId, CancellationToken cancellationToken) =>
        await SeatingJobs.CancelAsync(db, User.UserId(), id, planId, clock, cancellationToken) is null
            ? NotFound()
            : RedirectToPage(new { id, planId });

    private List<IReadOnlyList<TableView>> Tables(EventSeatingPlan plan)
    {
        var position = plan.Attendees.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var options = MatchingOptions.Default with { HelpWeight = plan.Request.HelpWeight, TalkWeight = plan.Request.TalkWeight };
        var index = CommunityIndex.Build([.. plan.Attendees.Select(a => a.Profile)], options: options);
        string Name(int i) => plan.Attendees[i].Profile.Name;
        return [.. plan.Rounds.Select(round => (IReadOnlyList<TableView>)[.. round.Select((table, t) =>
        {
            var people = table.PersonIds.Select(id => position[id]).ToList();
            var reasons = new List<(double Value, string Sentence)>();
            foreach (var a in people)
            {
                foreach (var b in people.Where(b => b > a))
                {
                    if (Reason(index, a, b) is { } sentence)
                    {
                        reasons.Add((index.Value(a, b), sentence));
                    }
                }
            }

            return new TableView(t + 1, [.. people.Select(Name)], table.Topics, [.. reasons.OrderByDescending(r => r.Value).Take(ReasonsPerTable).Select(r => r.Sentence)]);
        })])];

        string? Reason(CommunityIndex index, int a, int b)
        {
            foreach (var (helper, helped) in new[] { (a, b), (b, a) })
            {
                if (index.CanHelp(helper, helped) && index.ExplainHelp(helper, helped).Reasons is [var reason, ..])
                {
                    return because.Pair(Name(helper), reason, Name(helped));
                }
            }

            return index.ExplainTalk(a, b).Reasons is [var topic, ..] ? text["Seating.TalkReason", Name(a), Name(b), topic].Value : null;
        }
    }

    /// <summary>One table of one round, as the organizer reads it.</summary>
    public sealed record TableView(int Number, IReadOnlyList<string> Names, IReadOnlyList<string> Topics, IReadOnlyList<string> Reasons);
}
