using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.People;

/// <summary>The queries that decide who sees whom; pages and the API both go through these.</summary>
public static class PersonQueries
{
    /// <summary>Finds the viewer's relation to a person.</summary>
    /// <param name="db">The database.</param>
    /// <param name="viewerUserId">The signed-in viewer's account id.</param>
    /// <param name="person">The person looked at.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The relation; <see cref="Relation.SignedIn"/> when they share no event.</returns>
    public static async Task<Relation> RelationAsync(this GoenDbContext db, string viewerUserId, Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        var shared = await db.PeopleSharingAnEventWith(viewerUserId).AnyAsync(id => id == person.Id, cancellationToken);
        return Attending.RelationOf(person, viewerUserId, shared);
    }

    /// <summary>
    /// Saves one's own profile if it is still the version the editor read; otherwise saves nothing and
    /// returns the stored profile, so the person can compare and decide.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner's account id.</param>
    /// <param name="fields">The edited fields.</param>
    /// <param name="readVersion">The version the editor read.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Whether it was saved, and the profile as stored now.</returns>
    public static async Task<ProfileSave> SaveOwnProfileAsync(this GoenDbContext db, string userId, ProfileFields fields, int readVersion, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var person = await db.OwnProfileAsync(userId, fields.Name, clock, cancellationToken);
        db.Entry(person).Property(p => p.Version).OriginalValue = readVersion;
        fields.ApplyTo(person);
        person.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ProfileSave(true, person);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(person).ReloadAsync(cancellationToken);
            return new ProfileSave(false, person);
        }
    }

    /// <summary>Finds the viewer's own profile, creating an empty one the first time.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The account id.</param>
    /// <param name="fallbackName">The name to start a new profile with (never the sign-in address: others see names).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The tracked profile.</returns>
    public static async Task<Person> OwnProfileAsync(this GoenDbContext db, string userId, string fallbackName, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var person = await db.People.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (person is null)
        {
            person = new Person { UserId = userId, Name = fallbackName, UpdatedAt = clock.GetUtcNow() };
            db.People.Add(person);
            await db.SaveChangesAsync(cancellationToken);
        }

        return person;
    }
}
