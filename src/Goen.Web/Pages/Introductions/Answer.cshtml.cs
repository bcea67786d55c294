using Goen.Data;
using Goen.Data.Introductions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Introductions;

/// <summary>
/// The page an ask's link opens, with no sign-in: who would introduce whom and why, and yes or no in one tap. Opening
/// it changes nothing (a mail scanner that fetches links answers nothing); only the form's post answers.
/// </summary>
public sealed class Answer(GoenDbContext db, TimeProvider clock, IntroductionMail mail, IntroductionLinks links) : PageModel
{
    public Introduction? Introduction { get; private set; }

    public IntroductionSide? Side { get; private set; }

    /// <summary>Gets what the page says instead of the question: <c>bad</c>, <c>answered</c>, <c>closed</c>, <c>expired</c>, <c>accepted</c>, <c>declined</c>, or <see langword="null"/> to ask.</summary>
    public string? Result { get; private set; }

    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, string side, string? t, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, side, t, cancellationToken) is not { } found)
        {
            return Bad();
        }

        (Introduction, Side) = found;
        Token = t!;
        var now = clock.GetUtcNow();
        Result = Side.Answer != IntroductionAnswer.None ? "answered"
            : Introduction.State == IntroductionState.Expired || (Introduction.State is IntroductionState.Asked or IntroductionState.OneAccepted && Introduction.ExpiresAt <= now) ? "expired"
            : Introduction.State is IntroductionState.Asked or IntroductionState.OneAccepted ? null
            : "closed";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string side, string? t, string? answer, bool shareEmail, string? reach, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, side, t, cancellationToken) is not { } found || answer is not ("yes" or "no"))
        {
            return Bad();
        }

        (Introduction, Side) = found;
        var outcome = await IntroductionFlow.AnswerAsync(
            db, id, Side.Position, Side.LinkNonce, answer == "yes" ? IntroductionAnswer.Yes : IntroductionAnswer.No,
            (shareEmail ? Side.Email : "", reach ?? ""), mail.Letters, clock, cancellationToken);
        mail.Nudge();
        Result = outcome switch
        {
            AnswerOutcome.Accepted => "accepted",
            AnswerOutcome.Declined => "declined",
            AnswerOutcome.AlreadyAnswered => "answered",
            AnswerOutcome.Expired => "expired",
            AnswerOutcome.Closed => "closed",
            AnswerOutcome.Conflict => "conflict",
            _ => null,
        };
        return Result is null ? Bad() : Page();
    }

    private Task<(Introduction Introduction, IntroductionSide Side)?> FindAsync(int id, string side, string? token, CancellationToken cancellationToken) =>
        links.FindAsync(db, id, side, token, IntroductionLinks.Answer, cancellationToken);

    private PageResult Bad()
    {
        Result = "bad";
        Introduction = null;
        Side = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
