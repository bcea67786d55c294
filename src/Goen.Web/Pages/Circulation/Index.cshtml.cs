using Goen.Core.Circulation;
using Goen.Data;
using Goen.Data.Introductions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Circulation;

/// <summary>How work circulates around me: whom I introduced to whom, who introduced me, and what came of it.</summary>
public sealed class Index(GoenDbContext db) : PageModel
{
    public CirculationGraph Graph { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Graph = await CirculationQueries.MineAsync(db, User.UserId(), cancellationToken);
}
