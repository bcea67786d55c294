using Goen.Core.Contacts;
using Goen.Data;
using Goen.Data.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Contacts;

/// <summary>One of my contacts: what I noted, how I could help them, a 1on1 to plan, and our encounters.</summary>
public sealed class Details(GoenDbContext db, TimeProvider clock) : PageModel
{
    public ContactDetails Contact { get; private set; } = null!;

    public HelpSuggestions Help { get; private set; } = null!;

    public bool Logged { get; private set; }

    /// <summary>Gets my other contacts that look like this one (same folded name), first, then the rest by name: candidates to merge.</summary>
    public IReadOnlyList<(int Id, string Name)> Others { get; private set; } = [];

    public DateOnly MeetingDay { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool logged, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (await ContactQueries.GetAsync(db, userId, id, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Contact = details;
        Help = (await HelpFinder.ForContactAsync(db, userId, id, clock, cancellationToken))!;
        Logged = logged;
        MeetingDay = NetworkAccess.Today(clock).AddDays(7);
        var key = ContactMatcher.FoldName(details.Fields.Name);
        var others = await db.Contacts.OwnedBy(userId).Where(c => c.Id != id).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        Others = [.. others.OrderByDescending(o => ContactMatcher.FoldName(o.Name) == key).ThenBy(o => o.Name, StringComparer.Ordinal).Take(200).Select(o => (o.Id, o.Name))];
        return Page();
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, int other, CancellationToken cancellationToken) =>
        await ContactQueries.MergeAsync(db, User.UserId(), id, other, clock, cancellationToken) ? RedirectToPage(new { id }) : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await ContactQueries.DeleteAsync(db, User.UserId(), id, cancellationToken) ? RedirectToPage("/Network/Index") : NotFound();
}
