using Goen.Core.Text;
using Goen.Data.Network;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Accounts;

/// <summary>A person's data is theirs: export all of it, restore it into an empty account, delete all of it.</summary>
public static class AccountData
{
    /// <summary>Exports everything a user owns.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The export.</returns>
    public static async Task<AccountExport> ExportAsync(GoenDbContext db, string userId, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var followUpDays = await ContactQueries.DefaultFollowUpDaysAsync(db, userId, cancellationToken);
        var contacts = await db.Contacts.OwnedBy(userId).AsNoTracking().Include(c => c.Encounters).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return new AccountExport(
            AccountExport.FormatName,
            1,
            clock.GetUtcNow(),
            person is null ? new ProfileFields("", null, null, null, null, null, null, null, Visibility.SameEvents, Visibility.SameEvents, Visibility.SameEvents, Visibility.SameEvents, Visibility.SameEvents, Visibility.SameEvents, Visibility.OnlyMe) : ProfileFields.Of(person),
            new AccountSettings(followUpDays),
            [.. contacts.Select(c => new ContactExport(
                c.Id, c.PersonId, ContactFields.Of(c), c.LastInteraction, c.CreatedAt, c.UpdatedAt,
                [.. c.Encounters.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new EncounterExport(e.Date, e.EventId, e.TheyOffer, e.TheyNeed, e.TalkedAbout, e.Note, e.CreatedAt))]))]);
    }

    /// <summary>Restores an export into an account that has no contacts yet, in one <c>SaveChanges</c>.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="export">The export.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Why it was refused, or <see cref="RestoreProblem.None"/> when restored.</returns>
    public static async Task<RestoreProblem> ImportAsync(GoenDbContext db, string userId, AccountExport export, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(clock);
        if (export.Format != AccountExport.FormatName || export.FormatVersion != 1 || export.Profile is null || export.Contacts is null || export.Settings is null)
        {
            return RestoreProblem.NotAnExport;
        }

        if (await db.Contacts.OwnedBy(userId).AnyAsync(cancellationToken))
        {
            return RestoreProblem.NotEmpty;
        }

        if (!Fits(export))
        {
            return RestoreProblem.TooLong;
        }

        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        user.FollowUpDays = Math.Clamp(export.Settings.FollowUpDays, 0, 3650);
        var person = await db.People.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (person is null)
        {
            person = new Person { UserId = userId };
            db.People.Add(person);
        }

        export.Profile.ApplyTo(person);
        person.UpdatedAt = clock.GetUtcNow();

        // Links to people and events are kept as they were: what a contact page shows of them still goes
        // through who may see what, so a link carries nothing by itself.
        var personIds = export.Contacts.Where(c => c.PersonId is not null).Select(c => c.PersonId!.Value).Distinct().ToList();
        var existingPeople = await db.People.Where(p => personIds.Contains(p.Id) && p.UserId != userId).Select(p => p.Id).ToHashSetAsync(cancellationToken);
        var eventIds = export.Contacts.SelectMany(c => c.Encounters.Select(e => e.EventId).Append(c.Fields.MetAtEventId)).Where(e => e is not null).Select(e => e!.Value).Distinct().ToList();
        var existingEvents = await db.Events.Where(e => eventIds.Contains(e.Id)).Select(e => e.Id).ToHashSetAsync(cancellationToken);

        var byKey = new Dictionary<int, Contact>();
        foreach (var item in export.Contacts)
        {
            var contact = new Contact
            {
                OwnerUserId = userId,
                PersonId = item.PersonId is { } pid && existingPeople.Contains(pid) ? pid : null,
                Name = UserText.Clean(item.Fields.Name),
                LastInteraction = item.LastInteraction,
                CreatedAt = item.CreatedAt,
                UpdatedAt = item.UpdatedAt,
            };
            (item.Fields with { MetThroughContactId = null, MetAtEventId = Keep(item.Fields.MetAtEventId, existingEvents) }).ApplyTo(contact);
            foreach (var e in item.Encounters)
            {
                contact.Encounters.Add(new Encounter
                {
                    Date = e.Date, EventId = Keep(e.EventId, existingEvents), TheyOffer = UserText.Clean(e.TheyOffer), TheyNeed = UserText.Clean(e.TheyNeed),
                    TalkedAbout = UserText.Clean(e.TalkedAbout), Note = UserText.Clean(e.Note), CreatedAt = e.CreatedAt,
                });
            }

            db.Contacts.Add(contact);
            byKey.TryAdd(item.Key, contact);
        }

        foreach (var item in export.Contacts)
        {
            if (item.Fields.MetThroughContactId is { } key && key != item.Key && byKey.TryGetValue(key, out var through))
            {
                byKey[item.Key].MetThroughContact = through;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return RestoreProblem.None;
    }

    /// <summary>Deletes an account and everything it owns: profile, contacts, encounters, events it organizes, people it imported, drafts.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Whether there was such an account.</returns>
    public static async Task<bool> DeleteAsync(GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return false;
        }

        // The database cascades the rest from the account; people an organizer imported and attendee-file
        // drafts hang on the account by id only, so they go first, in the same transaction (one SaveChanges
        // would let the account's cascade remove a draft before EF deletes it, and fail).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.People.RemoveRange(await db.People.Where(p => p.ManagedByUserId == userId).ToListAsync(cancellationToken));
        db.ImportDrafts.RemoveRange(await db.ImportDrafts.Where(d => d.UserId == userId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);

        // Introductions others made to them stay the introducer's, but without what this person gave: their
        // address, how to reach them, their thanks.
        await db.IntroductionSides.Where(s => s.UserId == userId).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.Email, "").SetProperty(x => x.SharedEmail, "").SetProperty(x => x.SharedReach, "").SetProperty(x => x.Thanks, ""),
            cancellationToken);
        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>How long an account that was never confirmed is kept after its last sign-up: a week (the link itself lasts a day).</summary>
    public static readonly TimeSpan UnconfirmedKeptFor = TimeSpan.FromDays(7);

    /// <summary>
    /// Deletes accounts whose address was never confirmed within <see cref="UnconfirmedKeptFor"/> of their last sign-up,
    /// with their empty profile: a stranger's sign-up with someone else's address, or one given up, leaves no address behind.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many accounts were deleted.</returns>
    public static async Task<int> PurgeUnconfirmedAsync(GoenDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stale = now - UnconfirmedKeptFor;
        var ids = await db.Users.Where(u => !u.EmailConfirmed && u.CreatedAt < stale).Select(u => u.Id).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var id in ids)
        {
            deleted += await DeleteAsync(db, id, cancellationToken) ? 1 : 0;
        }

        return deleted;
    }

    private static int? Keep(int? id, HashSet<int> existing) => id is { } value && existing.Contains(value) ? value : null;

    private static bool Fits(AccountExport export) =>
        new[] { export.Profile.Name, export.Profile.Organization, export.Profile.Role, export.Profile.Languages, export.Profile.Email }.All(f => (f?.Length ?? 0) <= Person.ShortLength) &&
        new[] { export.Profile.Offers, export.Profile.Needs, export.Profile.Interests }.All(f => (f?.Length ?? 0) <= Person.TextLength) &&
        export.Contacts.Count <= 100_000 &&
        export.Contacts.All(c => c.Fields is not null && c.Encounters is not null &&
            (c.Fields.Name?.Length ?? 0) <= Contact.ShortLength && (c.Fields.Organization?.Length ?? 0) <= Contact.ShortLength &&
            (c.Fields.Role?.Length ?? 0) <= Contact.ShortLength && (c.Fields.PhoneticName?.Length ?? 0) <= Contact.ShortLength &&
            (c.Fields.TheyOffer?.Length ?? 0) <= Contact.TextLength && (c.Fields.TheyNeed?.Length ?? 0) <= Contact.TextLength &&
            (c.Fields.Interests?.Length ?? 0) <= Contact.TextLength && (c.Fields.Note?.Length ?? 0) <= Contact.NoteLength &&
            ContactFields.Join(c.Fields.Emails).Length <= Contact.ListLength && ContactFields.Join(c.Fields.Phones).Length <= Contact.ListLength &&
            c.Encounters.All(e => (e.TheyOffer?.Length ?? 0) <= Contact.TextLength && (e.TheyNeed?.Length ?? 0) <= Contact.TextLength &&
                (e.TalkedAbout?.Length ?? 0) <= Contact.TextLength && (e.Note?.Length ?? 0) <= Contact.NoteLength));
}
