using Goen.Core.Seating;
using Goen.Data.Events;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Seating;

/// <summary>
/// An attendee's own itinerary: their table in each round of the event's latest complete plan, with each table's topics
/// and their table-mates as those people share their profiles with someone at the same event.
/// </summary>
/// <remarks>
/// The caller decides who the attendee is (the signed-in account's own profile, or a signed link naming the person);
/// this class only ever answers for that one person, and only while their attendance counts
/// (<see cref="Attending.ThatCount"/>). Table-mates' fields pass through <see cref="SharedProfile.Of"/> with
/// <see cref="Attending.RelationOf(Person, Person, bool)"/>, the rule the attendee list uses.
/// </remarks>
public static class Itineraries
{
    /// <summary>The itinerary of a signed-in attendee.</summary>
    /// <returns>The itinerary, or null when the account has no profile attending the event.</returns>
    public static async Task<Itinerary?> ForUserAsync(GoenDbContext db, int eventId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var personId = await db.Attendances.Where(a => a.EventId == eventId && a.Person!.UserId == userId).ThatCount()
            .Select(a => (int?)a.PersonId).FirstOrDefaultAsync(cancellationToken);
        return personId is { } id ? await ForPersonAsync(db, eventId, id, cancellationToken) : null;
    }

    /// <summary>The itinerary of one attendee of an event.</summary>
    /// <returns>The itinerary (with no rounds while the event has no complete plan), or null when the person is not attending the event.</returns>
    public static async Task<Itinerary?> ForPersonAsync(GoenDbContext db, int eventId, int personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await db.Attendances.AsNoTracking().Where(a => a.EventId == eventId && a.PersonId == personId).ThatCount()
            .Select(a => new { a.Event!.Title, Person = a.Person! }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var json = await db.EventPlans.Where(p => p.EventId == eventId && p.State == EventPlanState.Done && p.PlanJson != null)
            .OrderByDescending(p => p.Id).Select(p => p.PlanJson).FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return new Itinerary(found.Title, found.Person.Name, []);
        }

        var plan = EventPlanJson.Read(json);
        var me = SeatingJobs.Id(personId);
        var tables = Enumerable.Range(0, plan.Rounds.Count).Select(r => plan.TableOf(r, me)).ToList();
        var mateIds = tables.Select((t, r) => t < 0 ? [] : plan.Rounds[r][t].PersonIds).SelectMany(ids => ids)
            .Where(id => id != me && int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var mates = await db.People.AsNoTracking().Where(p => mateIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var here = await db.Attendances.Where(a => a.EventId == eventId && mateIds.Contains(a.PersonId)).ThatCount()
            .Select(a => a.PersonId).ToHashSetAsync(cancellationToken);

        SharedProfile? Shared(string id) =>
            int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var mateId) && mates.TryGetValue(mateId, out var mate)
                ? SharedProfile.Of(mate, Attending.RelationOf(mate, found.Person, here.Contains(mateId))) ?? SharedProfile.NameOnly(mate, Relation.None)
                : null;

        var rounds = tables.Select((t, r) => t < 0
            ? new ItineraryRound(r + 1, null, [], [])
            : new ItineraryRound(r + 1, t + 1, plan.Rounds[r][t].Topics, [.. plan.Rounds[r][t].PersonIds.Where(id => id != me).Select(Shared).OfType<SharedProfile>()]));
        return new Itinerary(found.Title, found.Person.Name, [.. rounds]);
    }
}
