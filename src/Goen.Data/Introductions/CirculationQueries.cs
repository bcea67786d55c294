using Goen.Core.Circulation;
using Goen.Data.Events;
using Goen.Data.Network;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Introductions;

/// <summary>
/// How work circulates: for me, who I introduced to whom and who introduced me (made introductions only); for an
/// event's organizer, the introductions made among the people of that event. Asks still open, declined or expired
/// introductions and every note stay out of the organizer's picture.
/// </summary>
public static class CirculationQueries
{
    /// <summary>My circulation: the introductions I asked (in any state after the draft) and those made to me.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">Me.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The graph, me at its centre.</returns>
    public static async Task<CirculationGraph> MineAsync(GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var made = await db.Introductions.MadeBy(userId).Where(i => i.State != IntroductionState.Draft)
            .AsNoTracking().Include(i => i.Sides).ToListAsync(cancellationToken);
        var toMe = await db.Introductions.Including(userId).Where(i => i.State == IntroductionState.Introduced)
            .AsNoTracking().Include(i => i.Sides).ToListAsync(cancellationToken);
        var myName = await db.People.Where(p => p.UserId == userId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var introducers = await PersonIdsAsync(db, toMe.Select(i => i.IntroducerUserId), cancellationToken);

        var people = new Dictionary<string, CirculationPerson>(StringComparer.Ordinal) { ["me"] = new("me", myName, true) };
        var entries = new List<CirculationEntry>();
        string Key(IntroductionSide s, string? mine = null)
        {
            var key = s.UserId == userId && mine is not null ? mine : s.PersonId is { } p ? $"p{p}" : s.ContactId is { } c ? $"c{c}" : $"s{s.Id}";
            people.TryAdd(key, new CirculationPerson(key, s.Name, false));
            return key;
        }

        foreach (var i in made)
        {
            entries.Add(new CirculationEntry("me", Key(i.Sides[0]), Key(i.Sides[1]), i.State == IntroductionState.Introduced, i.Outcome, DateOf(i)));
        }

        foreach (var i in toMe)
        {
            var introducer = introducers.TryGetValue(i.IntroducerUserId, out var pid) ? $"p{pid}" : $"u{i.Id}";
            people.TryAdd(introducer, new CirculationPerson(introducer, i.IntroducerName, false));
            var a = i.Sides.Single(s => s.Position == 0);
            var b = i.Sides.Single(s => s.Position == 1);
            entries.Add(new CirculationEntry(introducer, Key(a, "me"), Key(b, "me"), true, i.Outcome, DateOf(i)));
        }

        return CirculationGraph.Build(people.Values, entries);
    }

    /// <summary>The introductions made among the people of an event, for its organizer.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The organizer.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The graph, or <see langword="null"/> when the user does not organize the event.</returns>
    public static async Task<CirculationGraph?> ForEventAsync(GoenDbContext db, string userId, int eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.RoleAsync(eventId, userId, cancellationToken) != EventRole.Organizer)
        {
            return null;
        }

        var made = await db.MadeAmongPeopleOf(eventId).AsNoTracking().Include(i => i.Sides).ToListAsync(cancellationToken);
        var introducers = await PersonIdsAsync(db, made.Select(i => i.IntroducerUserId), cancellationToken);
        var ids = made.SelectMany(i => i.Sides.Select(s => s.PersonId!.Value)).Concat(introducers.Values).Distinct().ToList();
        var names = await db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.UserId }).ToListAsync(cancellationToken);
        var people = names.Select(p => new CirculationPerson($"p{p.Id}", p.Name, p.UserId == userId)).ToList();
        var entries = new List<CirculationEntry>(made.Count);
        foreach (var i in made)
        {
            // An organizer who never filled in a profile still introduces: they get a node of their own.
            var introducer = introducers.TryGetValue(i.IntroducerUserId, out var pid) ? $"p{pid}" : $"u{i.IntroducerUserId.GetHashCode(StringComparison.Ordinal):x}";
            if (!people.Exists(p => p.Id == introducer))
            {
                people.Add(new CirculationPerson(introducer, i.IntroducerName, i.IntroducerUserId == userId));
            }

            entries.Add(new CirculationEntry(
                introducer, $"p{i.Sides.Single(s => s.Position == 0).PersonId}", $"p{i.Sides.Single(s => s.Position == 1).PersonId}", true, i.Outcome, DateOf(i)));
        }

        return CirculationGraph.Build(people, entries);
    }

    private static async Task<Dictionary<string, int>> PersonIdsAsync(GoenDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var wanted = userIds.Distinct().ToList();
        var found = await db.People.Where(p => p.UserId != null && wanted.Contains(p.UserId)).Select(p => new { p.UserId, p.Id }).ToListAsync(cancellationToken);
        return found.ToDictionary(p => p.UserId!, p => p.Id, StringComparer.Ordinal);
    }

    private static DateOnly DateOf(Introduction i) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(i.AskedAt ?? i.CreatedAt, NetworkAccess.HomeZone).DateTime);
}
