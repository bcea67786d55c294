using Goen.Core.Calendar;
using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Network;

/// <summary>
/// The private calendar feed: a secret token in its address (revocable), serving my events and the
/// follow-ups due, for Google Calendar or iOS to subscribe to.
/// </summary>
public static class CalendarFeed
{
    /// <summary>How far ahead follow-ups are put in the feed.</summary>
    public const int FollowUpDaysAhead = 60;

    /// <summary>Gets a user's current feed token.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The token, or <see langword="null"/> when the user has no feed.</returns>
    public static Task<string?> TokenAsync(GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => u.Id == userId).Select(u => u.CalendarToken).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Makes a new feed token, so the old address stops working.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The new token.</returns>
    public static async Task<string> RenewAsync(GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var token = RegistrationCode.New() + RegistrationCode.New();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.CalendarToken, token), cancellationToken);
        return token;
    }

    /// <summary>Turns the feed off: its address answers "not found" from now on.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task.</returns>
    public static Task RevokeAsync(GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.CalendarToken, (string?)null), cancellationToken);
    }

    /// <summary>Writes the feed for a token.</summary>
    /// <param name="db">The database.</param>
    /// <param name="token">The token from the address.</param>
    /// <param name="text">Localized words: the calendar's name, a follow-up's summary ("{0}" is the name) and its description ("{0}" is the last topic).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The iCalendar text, or <see langword="null"/> when no feed has that token (forged or revoked).</returns>
    public static async Task<string?> WriteAsync(GoenDbContext db, string token, FeedText text, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var userId = await db.Users.Where(u => u.CalendarToken == token).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return null;
        }

        var today = NetworkAccess.Today(clock);
        var events = await db.Events.OrganizedOrAttendedBy(userId).AsNoTracking()
            .Where(e => e.Date >= today.AddDays(-30))
            .OrderBy(e => e.Date)
            .Select(e => new { e.Id, e.Title, e.Date, e.StartTime, e.Place, e.Description })
            .ToListAsync(cancellationToken);
        var due = await ContactQueries.DueAsync(db, userId, today.AddDays(FollowUpDaysAhead), cancellationToken);
        return CalendarWriter.Feed(
            text.CalendarName,
            events.Select(e => new FeedEvent($"goen-event-{e.Id}@goen", e.Title, e.Date, e.StartTime, e.Place, e.Description)),
            due.Select(c => new FeedFollowUp(
                $"goen-follow-up-{c.Id}-{c.FollowUpDue:yyyyMMdd}@goen",
                string.Format(System.Globalization.CultureInfo.InvariantCulture, text.FollowUpSummary, c.Name),
                c.LastTalkedAbout.Length > 0 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, text.FollowUpDescription, c.LastTalkedAbout) : "",
                c.FollowUpDue!.Value < today ? today : c.FollowUpDue.Value)),
            clock.GetUtcNow());
    }

    /// <summary>The feed's words in its reader's language.</summary>
    public sealed record FeedText(string CalendarName, string FollowUpSummary, string FollowUpDescription);
}
