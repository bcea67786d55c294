using System.Linq.Expressions;
using Goen.Core.Profiles;
using Goen.Data.People;

namespace Goen.Data.Events;

/// <summary>
/// The one definition of who is at an event, and of who has met whom through events. Every query that
/// asks "is this person at that event?" or "do these two share an event?" goes through here, so a
/// withdrawn registration stops counting everywhere at once.
/// </summary>
public static class Attending
{
    /// <summary>An attendance that counts: registered, waitlisted or imported as coming; not cancelled, not a no.</summary>
    public static readonly Expression<Func<Attendance, bool>> Counts = a => a.Status != AttendeeStatus.Cancelled && a.Status != AttendeeStatus.NotAttending;

    /// <summary>The rule of <see cref="Counts"/> for a status in memory.</summary>
    /// <param name="status">An attendance's status.</param>
    /// <returns><see langword="true"/> unless the person cancelled or said no.</returns>
    public static bool StatusCounts(AttendeeStatus status) => status is not (AttendeeStatus.Cancelled or AttendeeStatus.NotAttending);

    /// <summary>Keeps the attendances that count.</summary>
    /// <param name="attendances">The attendances.</param>
    /// <returns>The ones that have not been withdrawn.</returns>
    public static IQueryable<Attendance> ThatCount(this IQueryable<Attendance> attendances) => attendances.Where(Counts);

    /// <summary>Keeps the events a user organizes or is at.</summary>
    /// <param name="events">The events.</param>
    /// <param name="userId">The account.</param>
    /// <returns>The events that user may open.</returns>
    public static IQueryable<Event> OrganizedOrAttendedBy(this IQueryable<Event> events, string userId) =>
        events.Where(e => e.OrganizerId == userId || e.Attendances.AsQueryable().Where(Counts).Any(a => a.Person!.UserId == userId));

    /// <summary>
    /// The people a user shares an event with: those at an event the user organizes or is at. This is the
    /// relation that lets fields shared with "people at the same events" through.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The account.</param>
    /// <returns>The ids of those people (the user's own profile among them when they attend).</returns>
    public static IQueryable<int> PeopleSharingAnEventWith(this GoenDbContext db, string userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Events.OrganizedOrAttendedBy(userId)
            .SelectMany(e => e.Attendances.AsQueryable().Where(Counts))
            .Select(a => a.PersonId);
    }

    /// <summary>How a viewer is related to a person, given whether they share an event.</summary>
    /// <param name="person">The person looked at.</param>
    /// <param name="viewerUserId">The viewer.</param>
    /// <param name="sharesAnEvent">Whether the person is in <see cref="PeopleSharingAnEventWith"/> for the viewer.</param>
    /// <returns>The relation that decides which fields the viewer sees.</returns>
    public static Relation RelationOf(Person person, string viewerUserId, bool sharesAnEvent)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.UserId == viewerUserId || person.ManagedByUserId == viewerUserId ? Relation.Owner
            : sharesAnEvent ? Relation.SameEvent
            : Relation.SignedIn;
    }

    /// <summary>How one person is related to another, for a viewer who may have no account (an imported attendee opening a signed link).</summary>
    /// <param name="person">The person looked at.</param>
    /// <param name="viewer">The person looking.</param>
    /// <param name="sharesAnEvent">Whether the two are at an event together.</param>
    /// <returns>The relation of <see cref="RelationOf(Person, string, bool)"/> when the viewer has an account; without one, the person themselves is the owner, someone at the same event is <see cref="Relation.SameEvent"/>, anyone else <see cref="Relation.None"/>.</returns>
    public static Relation RelationOf(Person person, Person viewer, bool sharesAnEvent)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.UserId is { } userId ? RelationOf(person, userId, sharesAnEvent)
            : person.Id == viewer.Id ? Relation.Owner
            : sharesAnEvent ? Relation.SameEvent
            : Relation.None;
    }
}
