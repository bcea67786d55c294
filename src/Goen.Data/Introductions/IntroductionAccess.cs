using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Introductions;

/// <summary>
/// The one rule for who sees an introduction: the introducer, and a side who uses Goen once they have been
/// asked. A side never learns the other side's answer, only that the introduction was made or is closed.
/// </summary>
public static class IntroductionAccess
{
    /// <summary>Keeps the introductions a user made.</summary>
    /// <param name="introductions">The introductions.</param>
    /// <param name="userId">The user.</param>
    /// <returns>The ones they made.</returns>
    public static IQueryable<Introduction> MadeBy(this IQueryable<Introduction> introductions, string userId) =>
        introductions.Where(i => i.IntroducerUserId == userId);

    /// <summary>Keeps the introductions a user was asked into (not drafts, which only the introducer knows of).</summary>
    /// <param name="introductions">The introductions.</param>
    /// <param name="userId">The user.</param>
    /// <returns>The ones where they are a side.</returns>
    public static IQueryable<Introduction> Including(this IQueryable<Introduction> introductions, string userId) =>
        introductions.Where(i => i.State != IntroductionState.Draft && i.Sides.Any(s => s.UserId == userId));

    /// <summary>Keeps the introductions a user may open: made by them, or including them.</summary>
    /// <param name="introductions">The introductions.</param>
    /// <param name="userId">The user.</param>
    /// <returns>Those introductions.</returns>
    public static IQueryable<Introduction> VisibleTo(this IQueryable<Introduction> introductions, string userId) =>
        introductions.Where(i => i.IntroducerUserId == userId || (i.State != IntroductionState.Draft && i.Sides.Any(s => s.UserId == userId)));

    /// <summary>
    /// Keeps the introductions an event's organizer may count: made (both said yes), between two people at the
    /// event, by someone at it. Asks still open, declined or expired ones never show.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="eventId">The event.</param>
    /// <returns>Those introductions.</returns>
    public static IQueryable<Introduction> MadeAmongPeopleOf(this GoenDbContext db, int eventId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = db.Attendances.ThatCount().Where(a => a.EventId == eventId).Select(a => a.PersonId);
        var organizer = db.Events.Where(e => e.Id == eventId).Select(e => e.OrganizerId);
        return db.Introductions.Where(i =>
            i.State == IntroductionState.Introduced
            && i.Sides.All(s => s.PersonId != null && people.Contains(s.PersonId.Value))
            && (organizer.Contains(i.IntroducerUserId) || db.People.Any(p => p.UserId == i.IntroducerUserId && people.Contains(p.Id))));
    }

    /// <summary>How an introduction stands as one side may know it.</summary>
    /// <param name="introduction">The introduction.</param>
    /// <param name="side">The side looking.</param>
    /// <param name="now">The time now (an ask past its deadline is closed).</param>
    /// <returns><c>asked</c> (their answer is wanted), <c>waiting</c> (they said yes), <c>introduced</c>, or <c>closed</c>.</returns>
    public static string StateForSide(Introduction introduction, IntroductionSide side, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        ArgumentNullException.ThrowIfNull(side);
        return introduction.StateAt(now) switch
        {
            IntroductionState.Introduced => "introduced",
            IntroductionState.Asked or IntroductionState.OneAccepted => side.Answer == IntroductionAnswer.None ? "asked" : "waiting",
            _ => "closed",
        };
    }
}
