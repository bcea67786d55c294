using System.Text.Json;
using Goen.Core.Profiles;
using Goen.Data.People;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Events;

/// <summary>
/// Writes accepted rows of an attendee file into an event, in one save (one transaction): a row whose key
/// was imported before updates that person instead of adding a second one.
/// </summary>
public static class AttendeeImporter
{
    /// <summary>Imports rows into an event.</summary>
    /// <param name="db">The database; nothing else may be pending in it.</param>
    /// <param name="eventId">The event, which the organizer runs (the caller checks).</param>
    /// <param name="organizerUserId">The organizer, who keeps the imported people's data.</param>
    /// <param name="rows">The accepted rows, keys distinct.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work before the save.</param>
    /// <returns>How many people were added and updated.</returns>
    public static async Task<ImportOutcome> ApplyAsync(GoenDbContext db, int eventId, string organizerUserId, IReadOnlyList<ImportedAttendee> rows, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var existing = await db.Attendances
            .Include(a => a.Person)
            .Where(a => a.EventId == eventId && a.ImportKey != null)
            .ToDictionaryAsync(a => a.ImportKey!, StringComparer.Ordinal, cancellationToken);
        int added = 0, updated = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Key, out var attendance) && attendance.Person is { } person && person.ManagedByUserId == organizerUserId)
            {
                updated++;
            }
            else
            {
                person = new Person { ManagedByUserId = organizerUserId };
                attendance = new Attendance { EventId = eventId, Person = person, Source = AttendanceSource.Imported, ImportKey = row.Key, CreatedAt = now };
                db.Attendances.Add(attendance);
                existing[row.Key] = attendance;
                added++;
            }

            Fill(person, row, now);
            attendance.Status = row.Status;
            attendance.ReceptionNumber = row.ReceptionNumber;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportOutcome(added, updated);
    }

    /// <summary>Writes an imported row's profile onto a person the organizer keeps.</summary>
    internal static void Fill(Person person, ImportedAttendee row, DateTimeOffset now)
    {
        var profile = row.Profile;
        person.Name = profile.Name;
        person.Organization = profile.Organization;
        person.Role = row.Role;
        person.Offers = profile.Offers;
        person.Needs = profile.Needs;
        person.Interests = profile.Interests;
        person.Languages = string.Join(", ", profile.Languages);
        person.Email = row.Email;
        person.ExtraJson = JsonSerializer.Serialize(profile.Extra);
        person.UpdatedAt = now;
    }
}
