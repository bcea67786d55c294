using Goen.Data;
using Goen.Data.Introductions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Introductions;

/// <summary>My introductions: the ones I made and what each waits on, and the ones I was introduced in.</summary>
public sealed class Index(GoenDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Gets the time the page was made (asks past their deadline show as expired).</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public IReadOnlyList<Introduction> Made { get; private set; } = [];

    public IReadOnlyList<Introduction> ToMe { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Made = await db.Introductions.MadeBy(userId).AsNoTracking().Include(i => i.Sides.OrderBy(s => s.Position))
            .OrderByDescending(i => i.Id).Take(200).ToListAsync(cancellationToken);
        ToMe = await db.Introductions.Including(userId).AsNoTracking().Include(i => i.Sides.OrderBy(s => s.Position))
            .OrderByDescending(i => i.Id).Take(200).ToListAsync(cancellationToken);
    }
}
