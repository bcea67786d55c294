using Goen.Data.Events;
using Goen.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Events;

/// <summary>The events I organize or am registered for, soonest first.</summary>
public sealed class Index(GoenDbContext db) : PageModel
{
    public IReadOnlyList<Row> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Events = await db.Events
            .OrganizedOrAttendedBy(userId)
            .OrderByDescending(e => e.Date)
            .Select(e => new Row(e.Id, e.Title, e.Date, e.StartTime, e.Place, e.OrganizerId == userId, e.Attendances.AsQueryable().Count(Attending.Counts)))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(int Id, string Title, DateOnly Date, TimeOnly? StartTime, string Place, bool Organizing, int Attending);
}
