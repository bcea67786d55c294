using Goen.Core.Contacts;
using Goen.Core.Text;
using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Network;

/// <summary>
/// Logging an encounter: finds or creates the contact it is with, saves the encounter, notes what they do
/// and need on the contact, and restarts the keep-in-touch interval — in one <c>SaveChanges</c>.
/// </summary>
public static class EncounterLog
{
    /// <summary>Logs an encounter for a user.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The person logging it.</param>
    /// <param name="input">What they noted.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The saved encounter, or why nothing was saved.</returns>
    public static async Task<(Encounter? Encounter, EncounterProblem Problem)> LogAsync(GoenDbContext db, string userId, EncounterInput input, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var name = UserText.Clean(input.Name);
        if (input.PersonId is null && name.Length == 0)
        {
            return (null, EncounterProblem.NoOne);
        }

        DateOnly? eventDate = null;
        if (input.EventId is { } eventId)
        {
            eventDate = await db.Events.OrganizedOrAttendedBy(userId).Where(e => e.Id == eventId).Select(e => (DateOnly?)e.Date).SingleOrDefaultAsync(cancellationToken);
            if (eventDate is null)
            {
                return (null, EncounterProblem.EventNotFound);
            }
        }

        Contact? contact;
        if (input.PersonId is { } personId)
        {
            if (await db.People.AnyAsync(p => p.Id == personId && p.UserId == userId, cancellationToken))
            {
                return (null, EncounterProblem.Self);
            }

            if (await db.SharedWithAsync(userId, personId, cancellationToken) is not { } shared)
            {
                return (null, EncounterProblem.PersonNotFound);
            }

            contact = await LinkedContactAsync(db, userId, personId, shared.Name, "", clock, cancellationToken);
        }
        else
        {
            contact = await FindTypedInAsync(db, userId, name, cancellationToken) ?? NewContact(db, userId, name, "", null, clock);
        }

        var date = input.Date ?? eventDate ?? NetworkAccess.Today(clock);
        var encounter = new Encounter
        {
            Date = date,
            EventId = input.EventId,
            TheyOffer = UserText.Clean(input.TheyOffer),
            TheyNeed = UserText.Clean(input.TheyNeed),
            TalkedAbout = UserText.Clean(input.TalkedAbout),
            Note = UserText.Clean(input.Note),
            CreatedAt = clock.GetUtcNow(),
        };
        contact.Encounters.Add(encounter);
        Note(contact, encounter, clock);
        await db.SaveChangesAsync(cancellationToken);
        return (encounter, EncounterProblem.None);
    }

    /// <summary>What an encounter tells about a contact: the latest word on what they do and need wins, and the interval restarts.</summary>
    /// <param name="contact">The contact.</param>
    /// <param name="encounter">The encounter just logged.</param>
    /// <param name="clock">The clock.</param>
    public static void Note(Contact contact, Encounter encounter, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(encounter);
        ArgumentNullException.ThrowIfNull(clock);
        if (encounter.TheyOffer.Length > 0)
        {
            contact.TheyOffer = encounter.TheyOffer;
        }

        if (encounter.TheyNeed.Length > 0)
        {
            contact.TheyNeed = encounter.TheyNeed;
        }

        contact.MetAtEventId ??= encounter.EventId;
        if (contact.LastInteraction is not { } last || last < encounter.Date)
        {
            contact.LastInteraction = encounter.Date;
        }

        contact.UpdatedAt = clock.GetUtcNow();
    }

    private static async Task<Contact?> FindTypedInAsync(GoenDbContext db, string userId, string name, CancellationToken cancellationToken)
    {
        // Names are compared folded (width, case, spaces), as contact import compares them.
        var key = ContactMatcher.FoldName(name);
        var candidates = await db.Contacts.OwnedBy(userId).Where(c => c.PersonId == null).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var match = candidates.FirstOrDefault(c => ContactMatcher.FoldName(c.Name) == key);
        return match is null ? null : await db.Contacts.SingleAsync(c => c.Id == match.Id, cancellationToken);
    }

    /// <summary>The user's contact linked to a Goen profile, found or (tracked, not yet saved) created.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="personId">The profile.</param>
    /// <param name="name">The name a new contact starts with.</param>
    /// <param name="organization">The organization a new contact starts with.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The contact.</returns>
    internal static async Task<Contact> LinkedContactAsync(GoenDbContext db, string userId, int personId, string name, string organization, TimeProvider clock, CancellationToken cancellationToken) =>
        await db.Contacts.OwnedBy(userId).FirstOrDefaultAsync(c => c.PersonId == personId, cancellationToken)
            ?? NewContact(db, userId, name, organization, personId, clock);

    private static Contact NewContact(GoenDbContext db, string userId, string name, string organization, int? personId, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var contact = new Contact { OwnerUserId = userId, PersonId = personId, Name = name, Organization = organization, CreatedAt = now, UpdatedAt = now };
        db.Contacts.Add(contact);
        return contact;
    }
}
