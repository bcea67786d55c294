using Goen.Core.Profiles;
using Goen.Data;
using Goen.Data.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Events;

/// <summary>An event, for its organizer (with the registration link and imports) and its attendees.</summary>
public sealed class Details(GoenDbContext db) : PageModel
{
    public EventView View { get; private set; } = null!;

    public EventRole Role { get; private set; }

    public string RegistrationLink { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Role = await db.RoleAsync(id, userId, cancellationToken);
        if (Role == EventRole.None)
        {
            return NotFound();
        }

        View = await db.Events
            .Where(e => e.Id == id)
            .Select(e => new EventView(
                e.Id, e.Title, e.Date, e.StartTime, e.Place, e.Description, e.Tags, e.RegistrationCode,
                e.Attendances.Count(a => a.Status == AttendeeStatus.Attending),
                e.Attendances.Count(a => a.Status == AttendeeStatus.Waitlisted),
                e.Attendances.Count - e.Attendances.AsQueryable().Count(Attending.Counts)))
            .SingleAsync(cancellationToken);
        RegistrationLink = Url.Page("/Events/Register", null, new { code = View.RegistrationCode }, Request.Scheme, Request.Host.Value) ?? "";
        return Page();
    }

    /// <summary>An attendee withdraws: their registration is marked cancelled, and the list is closed to them.</summary>
    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var attendance = await db.Attendances.SingleOrDefaultAsync(a => a.EventId == id && a.Person!.UserId == userId && a.Source != AttendanceSource.Organizer, cancellationToken);
        if (attendance is null)
        {
            return NotFound();
        }

        attendance.Status = AttendeeStatus.Cancelled;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Events/Index");
    }

    public sealed record EventView(int Id, string Title, DateOnly Date, TimeOnly? StartTime, string Place, string Description, string Tags, string RegistrationCode, int Attending, int Waitlisted, int Cancelled)
    {
        public IEnumerable<string> TagList => Tags.Split([',', '、', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
