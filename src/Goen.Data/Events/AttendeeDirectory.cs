using Goen.Core.Matching;
using Goen.Core.Profiles;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;
using CoreProfile = Goen.Core.Profiles.Profile;

namespace Goen.Data.Events;

/// <summary>
/// The attendee list of an event, with the engine's suggestions for the viewer. Suggestions are computed
/// from what each attendee shares with the viewer only, so a hidden field never shows through a reason.
/// </summary>
public static class AttendeeDirectory
{
    /// <summary>Lists an event's attendees for a viewer.</summary>
    /// <param name="db">The database.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="viewerUserId">The signed-in viewer.</param>
    /// <param name="suggest">Whether to run the engine; without it (an export) the list has no hints and is in name order.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The list, or <see langword="null"/> when the viewer is neither registered for the event nor its organizer.</returns>
    public static async Task<AttendeeList?> LoadAsync(GoenDbContext db, int eventId, string viewerUserId, bool suggest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var role = await db.RoleAsync(eventId, viewerUserId, cancellationToken);
        if (role == EventRole.None)
        {
            return null;
        }

        var title = await db.Events.Where(e => e.Id == eventId).Select(e => e.Title).SingleAsync(cancellationToken);
        var rows = await db.Attendances
            .AsNoTracking()
            .Where(a => a.EventId == eventId)
            .Where(role == EventRole.Organizer ? a => true : Attending.Counts)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Status, a.Source, Person = a.Person! })
            .ToListAsync(cancellationToken);
        var viewer = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == viewerUserId, cancellationToken);

        // The organizer also sees withdrawn registrations; those people are related to the organizer only as
        // any other event would make them (a withdrawn registration shares nothing), never through this one.
        var withdrawn = rows.Where(r => !Attending.StatusCounts(r.Status)).Select(r => r.Person.Id).ToList();
        var sharingElsewhere = withdrawn.Count == 0 ? [] : await db.PeopleSharingAnEventWith(viewerUserId)
            .Where(id => withdrawn.Contains(id))
            .Distinct()
            .ToHashSetAsync(cancellationToken);
        var shared = rows.Select(r =>
        {
            var relation = Attending.RelationOf(r.Person, viewerUserId, Attending.StatusCounts(r.Status) || sharingElsewhere.Contains(r.Person.Id));
            return SharedProfile.Of(r.Person, relation) ?? SharedProfile.NameOnly(r.Person, relation);
        }).ToList();
        if (!suggest)
        {
            return new AttendeeList(eventId, title, role, [.. rows
                .Select((r, i) => new AttendeeEntry(shared[i], r.Status, r.Source, r.Person.UserId == viewerUserId, [], [], [], 0))
                .OrderBy(e => e.Profile.Name, StringComparer.Ordinal)]);
        }

        var community = new List<CoreProfile>(shared.Count + 1) { viewer is null ? new CoreProfile { Name = "" } : ToCore(SharedProfile.Of(viewer, Relation.Owner)!) };
        community.AddRange(shared.Select(ToCore));
        var index = CommunityIndex.Build(community, cancellationToken: cancellationToken);

        var entries = new List<AttendeeEntry>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var isViewer = viewer is not null && rows[i].Person.Id == viewer.Id;
            var them = i + 1;
            entries.Add(isViewer
                ? new AttendeeEntry(shared[i], rows[i].Status, rows[i].Source, true, [], [], [], double.MaxValue)
                : new AttendeeEntry(
                    shared[i],
                    rows[i].Status,
                    rows[i].Source,
                    false,
                    TalkTopics.Of(index.ExplainTalk(0, them).Reasons),
                    index.CanHelp(them, 0) ? index.ExplainHelp(them, 0).Reasons : [],
                    index.CanHelp(0, them) ? index.ExplainHelp(0, them).Reasons : [],
                    index.Value(0, them)));
        }

        var ordered = entries
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.Profile.Name, StringComparer.Ordinal)
            .ToList();
        return new AttendeeList(eventId, title, role, ordered);
    }

    private static CoreProfile ToCore(SharedProfile profile) => new()
    {
        Name = profile.Name,
        Organization = profile.Organization ?? "",
        Offers = profile.Offers ?? "",
        Needs = profile.Needs ?? "",
        Interests = profile.Interests ?? "",
        Languages = ProfileCsv.ParseLanguages(profile.Languages ?? ""),
    };
}
