using Goen.Core.Circulation;
using Goen.Data;
using Goen.Data.Introductions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Introductions;

/// <summary>
/// The page the introduction mail links to, with no sign-in: what came of it, and a thank-you to the introducer.
/// It opens only for a made introduction, with the link Goen sent that side.
/// </summary>
public sealed class FollowUp(GoenDbContext db, TimeProvider clock, IntroductionLinks links) : PageModel
{
    public Introduction? Introduction { get; private set; }

    public IntroductionSide? Side { get; private set; }

    public string Token { get; private set; } = "";

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string side, string? t, CancellationToken cancellationToken) =>
        await FindAsync(id, side, t, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, string side, string? t, IntroductionOutcome outcome, string? thanks, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, side, t, cancellationToken))
        {
            return NotFound();
        }

        if (await IntroductionFlow.FollowUpAsSideAsync(db, id, Side!.Position, Side.LinkNonce, outcome, thanks, clock, cancellationToken) is not null)
        {
            return NotFound();
        }

        await FindAsync(id, side, t, cancellationToken);
        Saved = true;
        return Page();
    }

    private async Task<bool> FindAsync(int id, string side, string? token, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (await links.FindAsync(db, id, side, token, IntroductionLinks.FollowUp, cancellationToken) is not { Introduction.State: IntroductionState.Introduced } found)
        {
            return false;
        }

        (Introduction, Side, Token) = (found.Introduction, found.Side, token!);
        return true;
    }
}
