using System.Security.Claims;
using Goen.Core.Profiles;
using Goen.Data;
using Goen.Data.Events;
using Goen.Data.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Events;

/// <summary>
/// The self-registration link: anyone holding it sees what the event is; a signed-in person registers
/// with their own profile in one tap.
/// </summary>
public sealed class Register(GoenDbContext db, TimeProvider clock) : PageModel
{
    public Summary? Event { get; private set; }

    public bool AlreadyRegistered { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Event = await FindAsync(code, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }

        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            AlreadyRegistered = await db.Attendances.ThatCount().AnyAsync(a => a.EventId == Event.Id && a.Person!.UserId == userId, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Challenge();
        }

        Event = await FindAsync(code, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }

        var person = await db.OwnProfileAsync(userId, "", clock, cancellationToken);
        var attendance = await db.Attendances.SingleOrDefaultAsync(a => a.EventId == Event.Id && a.PersonId == person.Id, cancellationToken);
        if (attendance is null)
        {
            db.Attendances.Add(new Attendance { EventId = Event.Id, PersonId = person.Id, Source = AttendanceSource.SelfRegistered, Status = AttendeeStatus.Attending, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            attendance.Status = AttendeeStatus.Attending;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double-clicked submit: the other request registered this person first. That is success.
            db.ChangeTracker.Clear();
            var eventId = Event.Id;
            if (!await db.Attendances.ThatCount().AnyAsync(a => a.EventId == eventId && a.PersonId == person.Id, cancellationToken))
            {
                throw;
            }
        }

        return RedirectToPage("/Events/Attendees", new { id = Event.Id });
    }

    private Task<Summary?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Events.Where(e => e.RegistrationCode == code)
            .Select(e => new Summary(e.Id, e.Title, e.Date, e.StartTime, e.Place, e.Description))
            .SingleOrDefaultAsync(cancellationToken);

    public sealed record Summary(int Id, string Title, DateOnly Date, TimeOnly? StartTime, string Place, string Description);
}
