using System.Security.Cryptography;
using Goen.Core.Profiles;
using Goen.Data.Accounts;
using Goen.Data.Events;
using Goen.Data.Network;
using Goen.Data.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Demo;

/// <summary>
/// Loads the demo community (samples/community.csv) into an empty instance: an organizer account, one
/// event, and every sample person registered for it, so a newcomer sees suggestions at once.
/// </summary>
public static class DemoCommunity
{
    /// <summary>The demo organizer's sign-in address.</summary>
    public const string Email = "demo@goen.example";

    /// <summary>Whether the instance is empty enough for the demo: no account and no event yet.</summary>
    /// <param name="db">The database.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns><see langword="true"/> when the demo may be loaded.</returns>
    public static async Task<bool> CanLoadAsync(GoenDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return !await db.Users.AnyAsync(cancellationToken) && !await db.Events.AnyAsync(cancellationToken);
    }

    /// <summary>Loads the demo community, in one save.</summary>
    /// <param name="db">The database.</param>
    /// <param name="clock">The clock; the event is dated a week from today.</param>
    /// <param name="cancellationToken">Stops the work before the save.</param>
    /// <returns>The organizer's account, with a new random password, and the event.</returns>
    /// <exception cref="InvalidOperationException">The instance already has accounts or events.</exception>
    public static async Task<DemoAccount> LoadAsync(GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (!await CanLoadAsync(db, cancellationToken))
        {
            throw new InvalidOperationException("The demo community is loaded only into an empty instance (no accounts, no events).");
        }

        var now = clock.GetUtcNow();
        var password = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz23456789", 16);
        var normalizer = new UpperInvariantLookupNormalizer();
        var user = new GoenUser
        {
            UserName = Email,
            NormalizedUserName = normalizer.NormalizeName(Email),
            Email = Email,
            NormalizedEmail = normalizer.NormalizeEmail(Email),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedAt = now,
        };
        user.PasswordHash = new PasswordHasher<GoenUser>().HashPassword(user, password);
        db.Users.Add(user);

        var organizer = new Person
        {
            User = user,
            Name = "ご縁 デモ主催者 (Demo organizer)",
            Organization = "Goen",
            Role = "Organizer / 主催",
            Offers = "交流会の企画, event planning, 人の紹介",
            Needs = "会場, a venue for 50 people, 動画撮影",
            Interests = "coffee, ワイン, 登山",
            Languages = "ja, en",
            UpdatedAt = now,
        };
        var demoEvent = new Event
        {
            Title = "ご縁 Demo 交流会 — Give-first mixer",
            Date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(7),
            StartTime = new TimeOnly(19, 0),
            Place = "渋谷 (Shibuya), Tokyo",
            Description = "A demo community of 69 people. 売り込みではなく、話を聞いて、誰かを紹介する会です。",
            Tags = "demo, 交流会, give-first",
            Organizer = user,
            RegistrationCode = RegistrationCode.New(),
            CreatedAt = now,
        };
        db.Events.Add(demoEvent);
        demoEvent.Attendances.Add(new Attendance { Person = organizer, Source = AttendanceSource.Organizer, CreatedAt = now });

        await using var sample = typeof(DemoCommunity).Assembly.GetManifestResourceStream("Goen.Data.community.csv")
            ?? throw new InvalidOperationException("The demo community is missing from Goen.Data.");
        using var buffer = new MemoryStream();
        await sample.CopyToAsync(buffer, cancellationToken);
        // Read as an organizer's import is read, so the demo people carry the same keys a re-import would find.
        var table = AttendeeCsv.ReadTable(buffer.ToArray(), "community.csv");
        var mapping = AttendeeCsv.GuessMapping(table.Headers, AttendeeCsv.Detect(table.Headers));
        var people = new List<Person>();
        foreach (var row in AttendeeCsv.Interpret(table, mapping).Accepted)
        {
            var person = new Person { ManagedByUserId = user.Id };
            AttendeeImporter.Fill(person, row, now);
            demoEvent.Attendances.Add(new Attendance { Person = person, Source = AttendanceSource.Imported, ImportKey = row.Key, Status = row.Status, CreatedAt = now });
            people.Add(person);
        }

        // A network to start from: the organizer has talked with a few of them, at different times, so "my
        // network", "people you could help now" and "follow-ups due" show something on the first visit.
        var today = NetworkAccess.Today(clock);
        int[] daysAgo = [3, 10, 40, 120, 200, 365];
        for (var i = 0; i < Math.Min(daysAgo.Length, people.Count); i++)
        {
            var person = people[i * 7 % people.Count];
            var contact = new Contact { Owner = user, Person = person, Name = person.Name, Organization = person.Organization, CreatedAt = now, UpdatedAt = now };
            var encounter = new Encounter
            {
                Date = today.AddDays(-daysAgo[i]),
                TheyNeed = person.Needs,
                TalkedAbout = person.Interests,
                CreatedAt = now,
            };
            contact.Encounters.Add(encounter);
            EncounterLog.Note(contact, encounter, clock);
            db.Contacts.Add(contact);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DemoAccount(user.Id, Email, password, demoEvent.Id);
    }
}
