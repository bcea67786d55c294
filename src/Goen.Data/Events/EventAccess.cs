using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Events;

/// <summary>Who may see an event's attendees and who may change it.</summary>
public static class EventAccess
{
    /// <summary>Finds how a viewer may use an event.</summary>
    /// <param name="db">The database.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="viewerUserId">The signed-in viewer.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The viewer's role at the event; <see cref="EventRole.None"/> also when the event does not exist.</returns>
    public static async Task<EventRole> RoleAsync(this GoenDbContext db, int eventId, string viewerUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await db.Events
            .Where(e => e.Id == eventId)
            .Select(e => new
            {
                Organizer = e.OrganizerId == viewerUserId,
                Attending = e.Attendances.AsQueryable().Where(Attending.Counts).Any(a => a.Person!.UserId == viewerUserId),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found switch
        {
            null => EventRole.None,
            { Organizer: true } => EventRole.Organizer,
            { Attending: true } => EventRole.Attendee,
            _ => EventRole.None,
        };
    }
}
