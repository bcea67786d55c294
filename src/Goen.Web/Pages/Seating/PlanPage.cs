using Goen.Core.Seating;
using Goen.Data;
using Goen.Data.Seating;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.Seating;

/// <summary>One of an event's plans as the seating pages show it: the job, the plan once done, and everyone's name.</summary>
public sealed record PlanPage(string EventTitle, EventPlan Row, PlanRequest Request, EventSeatingPlan? Plan)
{
    /// <summary>Loads a plan for the event's organizer.</summary>
    /// <returns>The plan, or null when there is none for this user.</returns>
    public static async Task<PlanPage?> LoadAsync(GoenDbContext db, string userId, int eventId, int planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await SeatingJobs.FindAsync(db, userId, eventId, planId, cancellationToken) is not { } row)
        {
            return null;
        }

        var title = await db.Events.Where(e => e.Id == eventId).Select(e => e.Title).SingleAsync(cancellationToken);
        return new PlanPage(title, row, SeatingJobs.RequestOf(row), row.PlanJson is null ? null : EventPlanJson.Read(row.PlanJson));
    }

    /// <summary>Gets each attendee's name by id.</summary>
    public IReadOnlyDictionary<string, string> Names { get; } = Plan?.Attendees.ToDictionary(a => a.Id, a => a.Profile.Name, StringComparer.Ordinal) ?? [];

    /// <summary>Gets the most rounds without a repeat for the first round's people at the requested tables, or null before the plan is done.</summary>
    public RoundsBound? Bound
    {
        get
        {
            if (Plan is null)
            {
                return null;
            }

            var (size, min, max) = Plan.Request.TableSizes();
            var people = Plan.Rounds[0].Sum(t => t.PersonIds.Count);
            return people < 1 ? null : RoundsBound.For(people, size, min, max);
        }
    }
}
