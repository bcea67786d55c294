using Goen.Core.Matching;
using Goen.Core.Seating;
using Goen.Data;
using Goen.Data.Seating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Seating;

/// <summary>
/// A plan: while it is made, its progress (the page refreshes itself, no script) and a cancel button; once done, each
/// round's tables with their topic and, per table, why its people sit together in the engine's words; and a form to move
/// someone by hand, which shows what the move does (repeats, value, rules) before the organizer keeps or drops it.
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

    /// <summary>Gets or sets the hand move the form asks about.</summary>
    [BindProperty]
    public MoveInput Move { get; set; } = new();

    /// <summary>Gets what the move would do, once asked; null otherwise.</summary>
    public MovePreview? Preview { get; private set; }

    /// <summary>Gets whether a move was just saved.</summary>
    [FromQuery(Name = "moved")]
    public bool Moved { get; set; }

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

    public async Task<IActionResult> OnPostPreviewAsync(int id, int planId, CancellationToken cancellationToken)
    {
        if (await PlanPage.LoadAsync(db, User.UserId(), id, planId, cancellationToken) is not { Plan: { } plan } view)
        {
            return NotFound();
        }

        View = view;
        if (Problem(plan) is { } problem)
        {
            ModelState.AddModelError("", problem);
        }
        else
        {
            var (round, person, table, swap) = Move.Parse();
            var move = await Task.Run(() => EventSeating.Move(plan, round - 1, person, table - 1, swap, cancellationToken: cancellationToken), cancellationToken);
            var touched = new[] { plan.TableOf(round - 1, person), move.Plan.TableOf(round - 1, person) };
            string Name(int i) => i >= 0 && i < plan.Attendees.Count ? plan.Attendees[i].Profile.Name : "?";
            var breaks = move.After.Breaks.Except(move.Before.Breaks).Select(b => BreakText(b, Name)).ToList();
            Preview = new MovePreview(
                view.Names[person], round, move.Before, move.After, breaks,
                [.. touched.Order().Select(t => (t + 1, (IReadOnlyList<string>)[.. move.Plan.Rounds[round - 1][t].PersonIds.Select(p => view.Names[p])]))]);
            Move.Version = view.Row.Version;
        }

        Rounds = await Task.Run(() => Tables(plan), cancellationToken);
        return Page();
    }

    /// <summary>A rule the plan breaks, said in the reader's language with people's names; rounds and tables from 1.</summary>
    private string BreakText(PlanBreak rule, Func<int, string> name) => rule.Kind switch
    {
        PlanBreakKind.TableSize => text["MoveBreak.TableSize", rule.Round + 1, rule.Table + 1, rule.Count, rule.Min, rule.Max],
        PlanBreakKind.Pinned => text["MoveBreak.Pinned", rule.Round + 1, name(rule.First), rule.Table + 1, rule.Min + 1],
        PlanBreakKind.Apart => text["MoveBreak.Apart", rule.Round + 1, rule.Table + 1, name(rule.First), name(rule.Second)],
        PlanBreakKind.NotPresent => text["MoveBreak.NotPresent", rule.Round + 1, name(rule.First)],
        _ => text["MoveBreak.Other", rule.Round + 1],
    };

    public async Task<IActionResult> OnPostKeepAsync(int id, int planId, CancellationToken cancellationToken)
    {
        var (round, person, table, swap) = Move.Parse();
        try
        {
            if (person.Length == 0)
            {
                ModelState.AddModelError("", text["Move.Invalid"]);
            }
            else if (await SeatingJobs.KeepMoveAsync(db, User.UserId(), id, planId, Move.Version, round, PersonId(person), table, swap is null ? null : PersonId(swap), clock, cancellationToken) is null)
            {
                return NotFound();
            }
            else
            {
                return RedirectToPage(new { id, planId, moved = true });
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", text["Move.Conflict"]);
        }
        catch (SeatingProblemException e)
        {
            ModelState.AddModelError("", e.Message);
        }

        db.ChangeTracker.Clear();
        return await OnGetAsync(id, planId, cancellationToken);

        static int PersonId(string id) => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
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

            return TalkTopics.Of(index.ExplainTalk(a, b).Reasons) is [var topic, ..] ? text["Seating.TalkReason", Name(a), Name(b), topic].Value : null;
        }
    }

    // What is wrong with the asked move, in the organizer's language, or null when it can be weighed.
    private string? Problem(EventSeatingPlan plan)
    {
        var (round, person, table, swap) = Move.Parse();
        if (round < 1 || round > plan.Rounds.Count || person.Length == 0 || !View.Names.ContainsKey(person) || (swap is not null && !View.Names.ContainsKey(swap)))
        {
            return text["Move.Invalid"].Value;
        }

        var from = plan.TableOf(round - 1, person);
        var to = swap is null ? table - 1 : plan.TableOf(round - 1, swap);
        return from < 0 ? text["Move.NotSeated", View.Names[person], round].Value
            : swap is not null && to < 0 ? text["Move.NotSeated", View.Names[swap], round].Value
            : to < 0 || to >= plan.Rounds[round - 1].Count ? text["Move.NoTable", round, plan.Rounds[round - 1].Count].Value
            : to == from ? text["Move.SameTable", View.Names[person], round].Value
            : null;
    }

    /// <summary>The hand-move form: who, in which round, and where to (<c>t3</c> for table 3, <c>p45</c> for a swap with person 45).</summary>
    public sealed class MoveInput
    {
        public int Round { get; set; } = 1;

        [System.ComponentModel.DataAnnotations.StringLength(20)]
        public string? Person { get; set; }

        [System.ComponentModel.DataAnnotations.StringLength(20)]
        public string? To { get; set; }

        /// <summary>Gets or sets the plan's version the move was weighed against.</summary>
        public int Version { get; set; }

        /// <summary>Reads the form: round, person id, table (from 1, 0 when swapping), and the person to swap with or null.</summary>
        public (int Round, string Person, int Table, string? SwapWith) Parse()
        {
            var to = To ?? "";
            var person = int.TryParse(Person, System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? SeatingJobs.Id(p) : "";
            return to.StartsWith('p') && int.TryParse(to.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var swap) && swap > 0
                ? (Round, person, 0, (string?)SeatingJobs.Id(swap))
                : to.StartsWith('t') && int.TryParse(to.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var table)
                    ? (Round, person, table, null)
                    : (Round, "", 0, null);
        }
    }

    /// <summary>What a hand move would do.</summary>
    /// <param name="Name">Who moves.</param>
    /// <param name="Round">In which round, from 1.</param>
    /// <param name="Before">The plan as it is.</param>
    /// <param name="Breaks">The rules the move would break that the plan did not, in the reader's language.</param>
    /// <param name="After">The plan with the move.</param>
    /// <param name="Tables">The two tables the move touches, as they would be.</param>
    public sealed record MovePreview(string Name, int Round, PlanReport Before, PlanReport After, IReadOnlyList<string> Breaks, IReadOnlyList<(int Number, IReadOnlyList<string> Names)> Tables);

    /// <summary>One table of one round, as the organizer reads it.</summary>
    public sealed record TableView(int Number, IReadOnlyList<string> Names, IReadOnlyList<string> Topics, IReadOnlyList<string> Reasons);
}
