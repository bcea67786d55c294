using Goen.Data;
using Goen.Data.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Events;

/// <summary>Who is coming, each as they chose to be seen, with what to ask them and how you could help each other.</summary>
public sealed class Attendees(GoenDbContext db) : PageModel
{
    public AttendeeList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var list = await AttendeeDirectory.LoadAsync(db, id, User.UserId(), suggest: true, cancellationToken);
        if (list is null)
        {
            return NotFound();
        }

        List = list;
        return Page();
    }
}
