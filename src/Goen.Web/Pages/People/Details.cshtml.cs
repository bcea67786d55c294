using Goen.Data;
using Goen.Data.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.People;

/// <summary>One person's profile, cut to what they share with the viewer; not found when they share nothing.</summary>
public sealed class Details(GoenDbContext db) : PageModel
{
    public SharedProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        var relation = await db.RelationAsync(User.UserId(), person, cancellationToken);
        if (SharedProfile.Of(person, relation) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
