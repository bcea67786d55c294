using Goen.Core.Circulation;
using Goen.Data;
using Goen.Data.Introductions;
using Goen.Data.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Introductions;

/// <summary>
/// One introduction. The introducer edits the draft, asks both sides (by mail, or by copying the link or sharing
/// it on LINE), sees what each side answered, what came of it and any thanks. A side who uses Goen sees only the
/// note to them, answers, and later says what came of it and thanks the introducer.
/// </summary>
public sealed class Details(GoenDbContext db, TimeProvider clock, IntroductionMail mail, IntroductionLinks links, SiteAddress site, IStringLocalizer<UiText> text) : PageModel
{
    public Introduction Introduction { get; private set; } = null!;

    /// <summary>Gets the time the page was made (asks past their deadline show as expired).</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Gets the signed-in user's side when they are one of the two introduced, else <see langword="null"/> (the introducer).</summary>
    public IntroductionSide? Mine { get; private set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public string NoteA { get; set; } = "";

    [BindProperty]
    public string NoteB { get; set; } = "";

    [BindProperty]
    public string CultureA { get; set; } = "en";

    [BindProperty]
    public string CultureB { get; set; } = "en";

    [BindProperty]
    public int AnswerDays { get; set; } = Data.Introductions.Introduction.DefaultAnswerDays;

    public async Task<IActionResult> OnGetAsync(int id, bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostEditAsync(int id, CancellationToken cancellationToken)
    {
        await RewriteForLanguageAsync(id, cancellationToken);
        return Done(id, await IntroductionFlow.EditDraftAsync(db, User.UserId(), id, [(NoteA, CultureA), (NoteB, CultureB)], clock, cancellationToken));
    }

    public async Task<IActionResult> OnPostAskAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (NoteA.Length > 0 || NoteB.Length > 0)
        {
            await RewriteForLanguageAsync(id, cancellationToken);
            // The ask form carries the notes as edited, so nothing typed is lost by asking straight away.
            if (await IntroductionFlow.EditDraftAsync(db, userId, id, [(NoteA, CultureA), (NoteB, CultureB)], clock, cancellationToken) is { } problem)
            {
                return Done(id, problem);
            }
        }

        var (_, asked) = await IntroductionFlow.AskAsync(db, userId, id, AnswerDays, site.BaseFor(Request), mail.Letters, clock, cancellationToken);
        mail.Nudge();
        return Done(id, asked);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, string answer, bool shareEmail, string? reach, CancellationToken cancellationToken)
    {
        var introduction = await IntroductionFlow.LoadAsync(db, db.Introductions.Including(User.UserId()), id, cancellationToken);
        var side = introduction?.Sides.FirstOrDefault(s => s.UserId == User.UserId());
        if (side is null)
        {
            return NotFound();
        }

        await IntroductionFlow.AnswerAsync(
            db, id, side.Position, side.LinkNonce, answer == "yes" ? IntroductionAnswer.Yes : IntroductionAnswer.No,
            (shareEmail ? side.Email : "", reach ?? ""), mail.Letters, clock, cancellationToken);
        mail.Nudge();
        return RedirectToPage(new { id, saved = true });
    }

    public async Task<IActionResult> OnPostOutcomeAsync(int id, IntroductionOutcome outcome, CancellationToken cancellationToken) =>
        Done(id, await IntroductionFlow.RecordOutcomeAsync(db, User.UserId(), id, outcome, clock, cancellationToken));

    public async Task<IActionResult> OnPostThanksAsync(int id, string? thanks, CancellationToken cancellationToken) =>
        Done(id, await IntroductionFlow.ThankAsync(db, User.UserId(), id, thanks ?? "", clock, cancellationToken));

    /// <summary>The link a side answers through, for the introducer to copy or share.</summary>
    /// <param name="side">The side.</param>
    /// <returns>The absolute link.</returns>
    public string AnswerLink(IntroductionSide side) => links.For(Introduction, side, IntroductionLinks.Answer);

    /// <summary>A LINE share link with the ask written out, for the introducer to send it themselves.</summary>
    /// <param name="side">The side.</param>
    /// <returns>The <c>https://line.me/R/msg/text/?…</c> link.</returns>
    public string LineLink(IntroductionSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return "https://line.me/R/msg/text/?" + Uri.EscapeDataString(side.Note + "\n\n" + text["Intro.LineAnswer"] + "\n" + AnswerLink(side));
    }

    /// <summary>A side whose language changed while its note was left as it was gets the note again in that language.</summary>
    private async Task RewriteForLanguageAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (await IntroductionFlow.LoadAsync(db, db.Introductions.MadeBy(userId).AsNoTracking(), id, cancellationToken) is not { State: IntroductionState.Draft } draft)
        {
            return;
        }

        var (a, b) = (draft.Sides[0], draft.Sides[1]);
        var rewriteA = CultureA != a.Culture && NoteA == a.Note;
        var rewriteB = CultureB != b.Culture && NoteB == b.Note;
        if (!rewriteA && !rewriteB)
        {
            return;
        }

        var why = await HelpFinder.WhyMeetAsync(db, userId, new IntroductionParty(a.PersonId, a.ContactId), new IntroductionParty(b.PersonId, b.ContactId), cancellationToken);
        (a.Culture, b.Culture) = (CultureA, CultureB);
        NoteA = rewriteA ? mail.DefaultNote(a, b, why) : NoteA;
        NoteB = rewriteB ? mail.DefaultNote(b, a, why) : NoteB;
    }

    private IActionResult Done(int id, IntroductionProblem? problem) => problem switch
    {
        null => RedirectToPage(new { id, saved = true }),
        IntroductionProblem.NotFound => NotFound(),
        _ => RedirectToPage(new { id }),
    };

    private async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (await IntroductionFlow.LoadAsync(db, db.Introductions.VisibleTo(userId), id, cancellationToken) is not { } introduction)
        {
            return NotFound();
        }

        Introduction = introduction;
        Mine = introduction.IntroducerUserId == userId ? null : introduction.Sides.First(s => s.UserId == userId);
        NoteA = introduction.Sides[0].Note;
        NoteB = introduction.Sides[1].Note;
        CultureA = introduction.Sides[0].Culture;
        CultureB = introduction.Sides[1].Culture;
        return Page();
    }
}
