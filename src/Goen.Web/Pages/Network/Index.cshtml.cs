using Goen.Data;
using Goen.Data.Network;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Network;

/// <summary>My network: whom I could help now, whom to get back in touch with, and all my contacts.</summary>
public sealed class Index(GoenDbContext db, TimeProvider clock) : PageModel
{
    public GivingView Giving { get; private set; } = null!;

    public IReadOnlyList<ContactSummary> Contacts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Contacts = await ContactQueries.ListAsync(db, userId, cancellationToken);
        Giving = await GivingView.LoadAsync(db, userId, Contacts, clock, cancellationToken);
    }
}
