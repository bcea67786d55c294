using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Demo;
using Goen.Data.Network;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages;

/// <summary>The front page; on an empty instance it offers the demo community.</summary>
public sealed class Index(GoenDbContext db, SignInManager<GoenUser> signIn, TimeProvider clock) : PageModel
{
    public bool CanLoadDemo { get; private set; }

    /// <summary>Gets, for a signed-in visitor, whom they could help now and whom to get back to: the home page starts with giving.</summary>
    public Network.GivingView? Giving { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanLoadDemo = await DemoCommunity.CanLoadAsync(db, cancellationToken);
        if (User.Identity?.IsAuthenticated == true)
        {
            var userId = User.UserId();
            Giving = await Network.GivingView.LoadAsync(db, userId, await ContactQueries.ListAsync(db, userId, cancellationToken), clock, cancellationToken);
        }
    }

    /// <summary>Loads the demo community and signs the visitor in as its organizer.</summary>
    public async Task<IActionResult> OnPostDemoAsync(CancellationToken cancellationToken)
    {
        if (!await DemoCommunity.CanLoadAsync(db, cancellationToken))
        {
            return RedirectToPage();
        }

        var demo = await DemoCommunity.LoadAsync(db, clock, cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == demo.UserId, cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage("/Events/Attendees", new { id = demo.EventId });
    }
}
