using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Network;

/// <summary>Reading and editing one's contacts; pages and the API both go through these.</summary>
public static class ContactQueries
{
    /// <summary>Lists a user's contacts, by name.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The contacts.</returns>
    public static async Task<List<ContactSummary>> ListAsync(GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var defaultDays = await DefaultFollowUpDaysAsync(db, userId, cancellationToken);
        var rows = await db.Contacts.OwnedBy(userId).AsNoTracking()
            .Select(c => new
            {
                c.Id, c.PersonId, c.Name, c.PhoneticName, c.Organization, c.TheyNeed, c.LastInteraction, c.CreatedAt, c.FollowUpDays,
                LastTalk = c.Encounters.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Select(e => e.TalkedAbout).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new ContactSummary(r.Id, r.PersonId, r.Name, r.PhoneticName, r.Organization, r.TheyNeed, r.LastInteraction, FollowUp.Due(r.LastInteraction, r.CreatedAt, r.FollowUpDays, defaultDays), r.LastTalk ?? ""))
            .OrderBy(c => c.PhoneticName.Length > 0 ? c.PhoneticName : c.Name, StringComparer.Ordinal)];
    }

    /// <summary>Lists the contacts due for a follow-up on or before a day, longest overdue first.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="until">The last due day to include.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The contacts due.</returns>
    public static async Task<List<ContactSummary>> DueAsync(GoenDbContext db, string userId, DateOnly until, CancellationToken cancellationToken) =>
        [.. (await ListAsync(db, userId, cancellationToken)).Where(c => c.FollowUpDue <= until).OrderBy(c => c.FollowUpDue)];

    /// <summary>Finds one of a user's contacts with its encounters.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="contactId">The contact.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The contact, or <see langword="null"/> when the user has no such contact.</returns>
    public static async Task<ContactDetails?> GetAsync(GoenDbContext db, string userId, int contactId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var contact = await db.Contacts.OwnedBy(userId).AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var encounters = await db.Encounters.OwnedBy(userId).Where(e => e.ContactId == contactId)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Select(e => new EncounterView(e.Id, e.ContactId, e.Date, e.EventId, db.Events.OrganizedOrAttendedBy(userId).Where(v => v.Id == e.EventId).Select(v => v.Title).FirstOrDefault(), e.TheyOffer, e.TheyNeed, e.TalkedAbout, e.Note))
            .ToListAsync(cancellationToken);
        var profile = contact.PersonId is { } personId ? await db.SharedWithAsync(userId, personId, cancellationToken) : null;
        // An event's title is shown only to someone who may open the event, whatever id a contact carries.
        var metAt = contact.MetAtEventId is { } eventId ? await db.Events.OrganizedOrAttendedBy(userId).Where(e => e.Id == eventId).Select(e => e.Title).SingleOrDefaultAsync(cancellationToken) : null;
        var metThrough = contact.MetThroughContactId is { } throughId ? await db.Contacts.OwnedBy(userId).Where(c => c.Id == throughId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var defaultDays = await DefaultFollowUpDaysAsync(db, userId, cancellationToken);
        return new ContactDetails(
            contact.Id, contact.PersonId, ContactFields.Of(contact), profile, metAt, metThrough, contact.LastInteraction,
            FollowUp.Due(contact.LastInteraction, contact.CreatedAt, contact.FollowUpDays, defaultDays), contact.Version, encounters);
    }

    /// <summary>Saves a contact's fields if it is still the version the editor read.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="contactId">The contact.</param>
    /// <param name="fields">The edited fields.</param>
    /// <param name="readVersion">The version the editor read; <see langword="null"/> to save whatever is stored.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The outcome.</returns>
    public static async Task<ContactSave> UpdateAsync(GoenDbContext db, string userId, int contactId, ContactFields fields, int? readVersion, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(clock);
        var contact = await db.Contacts.OwnedBy(userId).SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return ContactSave.NotFound;
        }

        if (ContactFields.Join(fields.Emails).Length > Contact.ListLength || ContactFields.Join(fields.Phones).Length > Contact.ListLength)
        {
            return ContactSave.TooLong;
        }

        if (fields.MetAtEventId is { } eventId && !await db.Events.OrganizedOrAttendedBy(userId).AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ContactSave.BadEvent;
        }

        if (fields.MetThroughContactId is { } throughId && (throughId == contactId || !await db.Contacts.OwnedBy(userId).AnyAsync(c => c.Id == throughId, cancellationToken)))
        {
            return ContactSave.BadMetThrough;
        }

        if (readVersion is { } version)
        {
            db.Entry(contact).Property(c => c.Version).OriginalValue = version;
        }

        fields.ApplyTo(contact);
        contact.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ContactSave.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ContactSave.Stale;
        }
    }

    /// <summary>Deletes one of a user's contacts and its encounters.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="contactId">The contact.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Whether there was such a contact.</returns>
    public static async Task<bool> DeleteAsync(GoenDbContext db, string userId, int contactId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var contact = await db.Contacts.OwnedBy(userId).SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return false;
        }

        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Merges two of a user's contacts that are one person: the kept one gets the other's details where its own
    /// are empty, both lists, both notes and all encounters; the other is deleted. One <c>SaveChanges</c>.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="keepId">The contact kept.</param>
    /// <param name="otherId">The contact merged into it.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Whether both were the user's (and different).</returns>
    public static async Task<bool> MergeAsync(GoenDbContext db, string userId, int keepId, int otherId, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var pair = await db.Contacts.OwnedBy(userId).Include(c => c.Encounters).Where(c => c.Id == keepId || c.Id == otherId).ToListAsync(cancellationToken);
        if (keepId == otherId || pair.Count != 2)
        {
            return false;
        }

        var keep = pair.Single(c => c.Id == keepId);
        var other = pair.Single(c => c.Id == otherId);
        if (keep.PersonId is not null && other.PersonId is not null && keep.PersonId != other.PersonId)
        {
            return false;
        }

        keep.PersonId ??= other.PersonId;
        ContactImport.MergeInto(keep, ContactFields.Of(other));
        foreach (var encounter in other.Encounters.ToList())
        {
            encounter.ContactId = keep.Id;
        }

        if (other.LastInteraction is { } last && (keep.LastInteraction is null || keep.LastInteraction < last))
        {
            keep.LastInteraction = last;
        }

        foreach (var introduced in await db.Contacts.OwnedBy(userId).Where(c => c.MetThroughContactId == otherId).ToListAsync(cancellationToken))
        {
            introduced.MetThroughContactId = introduced.Id == keepId ? null : keepId;
        }

        keep.UpdatedAt = clock.GetUtcNow();
        db.Contacts.Remove(other);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The owner's default keep-in-touch interval.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>Days; 0 for none.</returns>
    public static Task<int> DefaultFollowUpDaysAsync(GoenDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => u.Id == userId).Select(u => u.FollowUpDays).SingleOrDefaultAsync(cancellationToken);
    }
}
