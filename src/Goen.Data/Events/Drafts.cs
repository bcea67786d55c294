using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Events;

/// <summary>
/// Uploaded files waiting for confirmation (attendee files and .vcf contacts) hold personal data: they are
/// capped per person and dropped after a day, on every upload and by a scheduled purge.
/// </summary>
public static class Drafts
{
    /// <summary>How long an unconfirmed upload is kept.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>How many attendee-file drafts one person keeps at once (one per event, and this many in all).</summary>
    public const int MaxAttendeeDraftsPerUser = 3;

    /// <summary>Deletes every draft older than <see cref="Lifetime"/>.</summary>
    /// <param name="db">The database.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many drafts were deleted.</returns>
    public static async Task<int> PurgeExpiredAsync(GoenDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stale = now - Lifetime;
        return await db.ImportDrafts.Where(d => d.CreatedAt < stale).ExecuteDeleteAsync(cancellationToken)
            + await db.ContactImportDrafts.Where(d => d.CreatedAt < stale).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Makes room for a new attendee-file draft: the person's earlier draft for the event goes, and their oldest beyond the cap.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The uploader.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task.</returns>
    public static async Task MakeRoomForAttendeeFileAsync(GoenDbContext db, string userId, int eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await PurgeExpiredAsync(db, now, cancellationToken);
        await db.ImportDrafts.Where(d => d.UserId == userId && d.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        var keep = await db.ImportDrafts.Where(d => d.UserId == userId).OrderByDescending(d => d.CreatedAt).Select(d => d.Id).Take(MaxAttendeeDraftsPerUser - 1).ToListAsync(cancellationToken);
        await db.ImportDrafts.Where(d => d.UserId == userId && !keep.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
