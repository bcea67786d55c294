using Goen.Core.Seating;
using Goen.Data.Events;
using Goen.Data.Introductions;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Seating;

/// <summary>The after-event report of <see cref="EventReport"/>: counts, never names or notes.</summary>
public static class EventReports
{
    /// <summary>Counts what an event did for its people, for its organizer.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The caller.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The report, or null when the caller does not organize the event.</returns>
    public static async Task<EventReport?> ForEventAsync(GoenDbContext db, string userId, int eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await CirculationQueries.ForEventAsync(db, userId, eventId, cancellationToken) is not { } circulation)
        {
            return null;
        }

        var attending = db.Attendances.Where(a => a.EventId == eventId).ThatCount();
        var attendees = await attending.CountAsync(cancellationToken);
        var checkedIn = await attending.CountAsync(a => a.CheckedInAt != null, cancellationToken);
        var encounters = await db.Encounters.CountAsync(e => e.EventId == eventId, cancellationToken);
        var current = await db.Events.Where(e => e.Id == eventId).Select(e => new { e.Date, e.OrganizerId }).SingleAsync(cancellationToken);

        // The latest finished plan of each of this organizer's events up to this one, this one's last.
        var done = await db.EventPlans
            .Where(p => p.State == EventPlanState.Done && p.Event!.OrganizerId == current.OrganizerId && (p.Event.Date < current.Date || (p.Event.Date == current.Date && p.EventId <= eventId)))
            .Select(p => new { p.EventId, p.Id })
            .ToListAsync(cancellationToken);
        var latest = done.GroupBy(p => p.EventId).Select(g => g.Max(p => p.Id)).ToList();
        var plans = await db.EventPlans.AsNoTracking().Where(p => latest.Contains(p.Id)).Select(p => new { p.EventId, p.PlanJson }).ToListAsync(cancellationToken);
        var mine = plans.Find(p => p.EventId == eventId)?.PlanJson;
        var newPairs = 0;
        var metSomeoneNew = new HashSet<string>(StringComparer.Ordinal);
        if (mine is not null)
        {
            var before = new HashSet<(string, string)>();
            foreach (var json in plans.Where(p => p.EventId != eventId).Select(p => p.PlanJson!))
            {
                before.UnionWith(Pairs(EventPlanJson.Read(json)));
            }

            foreach (var pair in Pairs(EventPlanJson.Read(mine)).Where(p => !before.Contains(p)))
            {
                newPairs++;
                metSomeoneNew.Add(pair.Item1);
                metSomeoneNew.Add(pair.Item2);
            }
        }

        var counts = circulation.Counts;
        return new EventReport(attendees, checkedIn, mine is not null, metSomeoneNew.Count, newPairs, encounters, counts.Made, counts.Accepted, counts.Met, counts.WorkedTogether);
    }

    private static HashSet<(string, string)> Pairs(EventSeatingPlan plan)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var table in plan.Rounds.SelectMany(r => r))
        {
            foreach (var a in table.PersonIds)
            {
                foreach (var b in table.PersonIds)
                {
                    if (string.CompareOrdinal(a, b) < 0)
                    {
                        pairs.Add((a, b));
                    }
                }
            }
        }

        return pairs;
    }
}
