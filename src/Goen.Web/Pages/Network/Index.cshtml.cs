using Goen.Core.Contacts;
using Goen.Data;
using Goen.Data.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Network;

/// <summary>My network: whom I could help now, whom to get back in touch with, and my contacts (searchable, a page at a time).</summary>
public sealed class Index(GoenDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>How many contacts one page lists: a phone shows a few thousand badly.</summary>
    public const int PageSize = 50;

    public GivingView Giving { get; private set; } = null!;

    /// <summary>Gets the contacts on this page.</summary>
    public IReadOnlyList<ContactSummary> Contacts { get; private set; } = [];

    /// <summary>Gets how many contacts match the search (all of them without one).</summary>
    public int Matching { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (Matching + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var all = await ContactQueries.ListAsync(db, userId, cancellationToken);
        Giving = await GivingView.LoadAsync(db, userId, all, clock, cancellationToken);

        // Searched as names are matched elsewhere: width, case and spaces do not matter (ﾔﾏﾀﾞ finds ヤマダ).
        var key = ContactMatcher.FoldName(Q);
        var found = key.Length == 0 ? all : [.. all.Where(c => ContactMatcher.FoldName($"{c.Name} {c.PhoneticName} {c.Organization} {c.TheyNeed}").Contains(key, StringComparison.Ordinal))];
        Matching = found.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Contacts = [.. found.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }
}
