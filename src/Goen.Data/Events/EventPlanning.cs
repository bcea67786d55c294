using Goen.Data.People;

namespace Goen.Data.Events;

/// <summary>Creating an event: its creator organizes it and is registered for it with their own profile.</summary>
public static class EventPlanning
{
    /// <summary>Creates an event with a new self-registration code.</summary>
    /// <param name="db">The database.</param>
    /// <param name="organizerUserId">The organizer's account.</param>
    /// <param name="organizerName">The name for the organizer's profile, if they have none yet.</param>
    /// <param name="details">The event's details.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The saved event.</returns>
    public static async Task<Event> CreateAsync(GoenDbContext db, string organizerUserId, string organizerName, EventDetails details, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clock);
        var organizer = await db.OwnProfileAsync(organizerUserId, organizerName, clock, cancellationToken);
        var now = clock.GetUtcNow();
        var created = new Event { OrganizerId = organizerUserId, RegistrationCode = RegistrationCode.New(), CreatedAt = now };
        details.ApplyTo(created);
        created.Attendances.Add(new Attendance { Person = organizer, Source = AttendanceSource.Organizer, CreatedAt = now });
        db.Events.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }
}
