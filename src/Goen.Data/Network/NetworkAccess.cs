using Goen.Data.Events;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Network;

/// <summary>
/// The one rule for a person's network: contacts and their encounters are their owner's alone. Every query
/// on contacts or encounters starts here.
/// </summary>
public static class NetworkAccess
{
    /// <summary>The home time zone for "today" and for calendar times: Goen's users meet in Japan.</summary>
    public static TimeZoneInfo HomeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>Keeps the contacts a user owns.</summary>
    /// <param name="contacts">The contacts.</param>
    /// <param name="userId">The owner.</param>
    /// <returns>That user's contacts only.</returns>
    public static IQueryable<Contact> OwnedBy(this IQueryable<Contact> contacts, string userId) =>
        contacts.Where(c => c.OwnerUserId == userId);

    /// <summary>Keeps the encounters with contacts a user owns.</summary>
    /// <param name="encounters">The encounters.</param>
    /// <param name="userId">The owner.</param>
    /// <returns>That user's encounters only.</returns>
    public static IQueryable<Encounter> OwnedBy(this IQueryable<Encounter> encounters, string userId) =>
        encounters.Where(e => e.Contact!.OwnerUserId == userId);

    /// <summary>Today's date in <see cref="HomeZone"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The date.</returns>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), HomeZone).DateTime);
    }

    /// <summary>The events a user organizes or attends, newest first: the one-tap choices for "at which event" and "met at".</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>Up to 30 events.</returns>
    public static async Task<IReadOnlyList<(int Id, string Title, DateOnly Date)>> EventChoicesAsync(this GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var events = await db.Events.OrganizedOrAttendedBy(userId)
            .OrderByDescending(e => e.Date).Take(30)
            .Select(e => new { e.Id, e.Title, e.Date })
            .ToListAsync(cancellationToken);
        return [.. events.Select(e => (e.Id, e.Title, e.Date))];
    }

    /// <summary>Finds another person's profile as a viewer may see it.</summary>
    /// <param name="db">The database.</param>
    /// <param name="viewerUserId">The viewer.</param>
    /// <param name="personId">The person.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>What they share with the viewer, or <see langword="null"/> when they share nothing or do not exist.</returns>
    public static async Task<SharedProfile?> SharedWithAsync(this GoenDbContext db, string viewerUserId, int personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        return person is null ? null : SharedProfile.Of(person, await db.RelationAsync(viewerUserId, person, cancellationToken));
    }

    /// <summary>Cuts many people to what a viewer may see, with one query for the shared-event relation.</summary>
    /// <param name="db">The database.</param>
    /// <param name="viewerUserId">The viewer.</param>
    /// <param name="people">The people.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>Each person's shared view, by person id; people who share nothing with the viewer are left out.</returns>
    public static async Task<Dictionary<int, SharedProfile>> SharedWithAsync(this GoenDbContext db, string viewerUserId, IReadOnlyCollection<Person> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(people);
        var ids = people.Select(p => p.Id).ToList();
        var sharing = ids.Count == 0 ? [] : await db.PeopleSharingAnEventWith(viewerUserId).Where(id => ids.Contains(id)).Distinct().ToHashSetAsync(cancellationToken);
        return SharedWith(viewerUserId, people, sharing);
    }

    /// <summary>Cuts many people to what a viewer may see, given who shares an event with the viewer.</summary>
    /// <param name="viewerUserId">The viewer.</param>
    /// <param name="people">The people.</param>
    /// <param name="sharing">The ids of the people in <see cref="Attending.PeopleSharingAnEventWith"/> for the viewer (at least those among <paramref name="people"/>).</param>
    /// <returns>Each person's shared view, by person id; people who share nothing with the viewer are left out.</returns>
    public static Dictionary<int, SharedProfile> SharedWith(string viewerUserId, IReadOnlyCollection<Person> people, IReadOnlySet<int> sharing)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(sharing);
        var result = new Dictionary<int, SharedProfile>(people.Count);
        foreach (var person in people)
        {
            if (SharedProfile.Of(person, Attending.RelationOf(person, viewerUserId, sharing.Contains(person.Id))) is { } shared)
            {
                result[person.Id] = shared;
            }
        }

        return result;
    }
}
