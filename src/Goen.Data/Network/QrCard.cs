using Goen.Data.Events;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Network;

/// <summary>
/// My QR card: an address with a secret code that I show at an event. Whoever opens it sees my name and the
/// fields I share with everyone signed in (never more), can save me as a vCard, and, signed in, logs our
/// encounter in one tap. A new code makes the old card stop working.
/// </summary>
public static class QrCard
{
    /// <summary>Gets a user's card code, making one the first time.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="renew">Whether to replace the code, so the old card stops working.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The code.</returns>
    public static async Task<string> CodeAsync(GoenDbContext db, string userId, bool renew, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = renew ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.CardCode).SingleOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            code = RegistrationCode.New();
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.CardCode, code), cancellationToken);
        }

        return code;
    }

    /// <summary>Finds the card behind a code.</summary>
    /// <param name="db">The database.</param>
    /// <param name="code">The code from the address.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The card's person as shown on the card, or <see langword="null"/> for a forged or replaced code.</returns>
    public static async Task<SharedProfile?> FindAsync(GoenDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrEmpty(code) || code.Length > 64)
        {
            return null;
        }

        var person = await db.People.AsNoTracking().Where(p => p.User!.CardCode == code).SingleOrDefaultAsync(cancellationToken);
        return person is null ? null : SharedProfile.Of(person, Relation.SignedIn) ?? SharedProfile.NameOnly(person, Relation.SignedIn);
    }

    /// <summary>Logs an encounter with the card's owner for the one who scanned it (the card is their consent to be saved).</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The one who scanned.</param>
    /// <param name="code">The card's code.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The contact's id, or <see langword="null"/> for a forged code or one's own card.</returns>
    public static async Task<int?> LogAsync(GoenDbContext db, string userId, string code, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await FindAsync(db, code, cancellationToken) is not { } card || await db.People.AnyAsync(p => p.Id == card.PersonId && p.UserId == userId, cancellationToken))
        {
            return null;
        }

        var contact = await EncounterLog.LinkedContactAsync(db, userId, card.PersonId, card.Name, card.Organization ?? "", clock, cancellationToken);

        var encounter = new Encounter { Date = NetworkAccess.Today(clock), CreatedAt = clock.GetUtcNow() };
        contact.Encounters.Add(encounter);
        EncounterLog.Note(contact, encounter, clock);
        await db.SaveChangesAsync(cancellationToken);
        return contact.Id;
    }
}
