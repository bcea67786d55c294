using Goen.Benchmarks.Matching;
using Goen.Core.Profiles;
using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Events;
using Goen.Data.Network;
using Goen.Data.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using CoreProfile = Goen.Core.Profiles.Profile;

namespace Goen.Benchmarks.Network;

/// <summary>
/// Seeds a fresh SQLite file through the app's own context and migrations: accounts as Identity stores them
/// (one password hash, so seeding 300 accounts does not cost 300 hashings), typed-in contacts, and a
/// 300-person event.
/// </summary>
internal static class NetworkSeed
{
    /// <summary>The password of every seeded account.</summary>
    public const string Password = "bench-password-2026";

    private static readonly Lazy<string> PasswordHash = new(() => new PasswordHasher<GoenUser>().HashPassword(new GoenUser(), Password));

    private static readonly UpperInvariantLookupNormalizer Normalizer = new();

    /// <summary>Opens (creating and migrating) the SQLite file.</summary>
    public static async Task<GoenDbContext> OpenAsync(string file)
    {
        var db = GoenDatabase.Sqlite($"Data Source={file}").CreateContext();
        await db.Database.MigrateAsync();
        return db;
    }

    /// <summary>One account with <paramref name="contacts"/> typed-in contacts, attending a 300-person event and four small ones.</summary>
    /// <returns>The account's user id, e-mail and contact ids (in creation order).</returns>
    public static async Task<(string UserId, string Email, int[] ContactIds)> SeedNetworkAsync(string file, int contacts, int eventSize, int seed)
    {
        await using var db = await OpenAsync(file);
        var now = DateTimeOffset.UtcNow;
        var organizer = NewUser("organizer@bench.example", now);
        var me = NewUser("me@bench.example", now);
        db.Users.AddRange(organizer, me);
        var myProfile = new Person
        {
            User = me,
            Name = "ベンチ 太郎 (Bench Taro)",
            Organization = "Goen Bench",
            Offers = "交流会の企画, event planning, 人の紹介",
            Needs = "エンジニアを採用したい, a venue for 50 people",
            Interests = "coffee, ワイン, 登山",
            Languages = "ja, en",
            UpdatedAt = now,
        };

        var texts = new ContactTexts(seed);
        var big = NewEvent("ご縁 Bench 交流会 — 300 people", "Give-first mixer. 売り込みではなく、話を聞いて、誰かを紹介する会です。", "交流会, give-first, startup", organizer, now, 7);
        big.Attendances.Add(new Attendance { Person = myProfile, Source = AttendanceSource.SelfRegistered, CreatedAt = now });
        foreach (var p in new CommunityGenerator(seed + 1).Generate(eventSize - 1))
        {
            var person = ToPerson(p, now);
            person.ManagedByUserId = organizer.Id;
            big.Attendances.Add(new Attendance { Person = person, Source = AttendanceSource.Imported, ImportKey = p.Name, CreatedAt = now });
        }

        db.Events.Add(big);
        string[][] small =
        [
            ["採用イベント Tech Hiring Night", "エンジニア採用, hiring, IT企業向け"],
            ["英語で話そう Language Exchange", "英会話, Japanese lessons, language exchange"],
            ["起業家の朝会 Founders Breakfast", "資金調達, startup mentoring, 事業計画"],
            ["写真と動画の勉強会", "写真, video production, photography"],
        ];
        for (var e = 0; e < small.Length; e++)
        {
            var ev = NewEvent(small[e][0], small[e][1], small[e][1], organizer, now, 14 + (7 * e));
            ev.Attendances.Add(new Attendance { Person = myProfile, Source = AttendanceSource.SelfRegistered, CreatedAt = now });
            db.Events.Add(ev);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // Contacts in batches: one change tracker over 20,000 entities slows every save.
        var ids = new List<int>(contacts);
        for (var start = 0; start < contacts; start += 2000)
        {
            var batch = new List<Contact>();
            for (var i = start; i < Math.Min(contacts, start + 2000); i++)
            {
                var t = texts.Next(i);
                batch.Add(new Contact
                {
                    OwnerUserId = me.Id,
                    Name = t.Name,
                    Organization = t.Organization,
                    TheyOffer = t.Offers,
                    TheyNeed = t.Needs,
                    Interests = t.Interests,
                    MetAtEventId = i % 3 == 0 ? big.Id : null,
                    CreatedAt = now.AddDays(-(i % 400)),
                    UpdatedAt = now,
                });
            }

            db.Contacts.AddRange(batch);
            await db.SaveChangesAsync();
            ids.AddRange(batch.Select(c => c.Id));
            db.ChangeTracker.Clear();
        }

        return (me.Id, me.Email!, [.. ids]);
    }

    /// <summary><paramref name="people"/> accounts, each with a profile and a few typed-in contacts, all registered for one event.</summary>
    /// <returns>The event's id and the accounts' e-mails.</returns>
    public static async Task<(int EventId, string[] Emails)> SeedBurstAsync(string file, int people, int contactsEach, int seed)
    {
        await using var db = await OpenAsync(file);
        var now = DateTimeOffset.UtcNow;
        var organizer = NewUser("organizer@bench.example", now);
        db.Users.Add(organizer);
        var ev = NewEvent("ご縁 Bench 交流会 — the whole room", "Give-first mixer. 売り込みではなく、話を聞いて、誰かを紹介する会です。", "交流会, give-first, startup", organizer, now, 0);
        db.Events.Add(ev);
        var texts = new ContactTexts(seed + 2);
        var emails = new List<string>(people);
        var profiles = new CommunityGenerator(seed).Generate(people);
        for (var i = 0; i < people; i++)
        {
            var email = $"person{i:D4}@bench.example";
            var user = NewUser(email, now);
            db.Users.Add(user);
            var person = ToPerson(profiles[i], now);
            person.User = user;
            ev.Attendances.Add(new Attendance { Person = person, Source = AttendanceSource.SelfRegistered, CreatedAt = now });
            for (var c = 0; c < contactsEach; c++)
            {
                var t = texts.Next((i * contactsEach) + c);
                db.Contacts.Add(new Contact
                {
                    Owner = user,
                    Name = t.Name,
                    Organization = t.Organization,
                    TheyOffer = t.Offers,
                    TheyNeed = t.Needs,
                    Interests = t.Interests,
                    CreatedAt = now.AddDays(-(c * 11)),
                    UpdatedAt = now,
                });
            }

            emails.Add(email);
        }

        await db.SaveChangesAsync();
        return (ev.Id, [.. emails]);
    }

    private static GoenUser NewUser(string email, DateTimeOffset now) => new()
    {
        UserName = email,
        NormalizedUserName = Normalizer.NormalizeName(email),
        Email = email,
        NormalizedEmail = Normalizer.NormalizeEmail(email),
        EmailConfirmed = true,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        PasswordHash = PasswordHash.Value,
        CreatedAt = now,
    };

    private static Event NewEvent(string title, string description, string tags, GoenUser organizer, DateTimeOffset now, int inDays) => new()
    {
        Title = title,
        Date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(inDays),
        StartTime = new TimeOnly(19, 0),
        Place = "渋谷 (Shibuya), Tokyo",
        Description = description,
        Tags = tags,
        Organizer = organizer,
        RegistrationCode = RegistrationCode.New(),
        CreatedAt = now,
    };

    private static Person ToPerson(CoreProfile p, DateTimeOffset now) => new()
    {
        Name = p.Name,
        Organization = p.Organization,
        Offers = p.Offers,
        Needs = p.Needs,
        Interests = p.Interests,
        Languages = string.Join(", ", p.Languages),
        UpdatedAt = now,
    };

    /// <summary>
    /// What people type about their contacts: every other one recombined from the demo community
    /// (samples/community.csv: a row's offers with another's needs and a third's interests, items shuffled and
    /// cut), the rest from the synthetic community generator's Zipf-popular phrases and long tail.
    /// </summary>
    private sealed class ContactTexts(int seed)
    {
        private static readonly char[] Separators = ['、', ',', '\n', '，'];

        private readonly Random _random = new(seed);
        private readonly IReadOnlyList<CoreProfile> _sample = LoadSample();
        private readonly CommunityGenerator _generator = new(seed);

        public CoreProfile Next(int i)
        {
            if (i % 2 == 1)
            {
                var g = _generator.Generate(1)[0];
                return g with { Name = $"{g.Name.Split(' ')[0]} {g.Name.Split(' ')[1]} {i}" };
            }

            var a = _sample[_random.Next(_sample.Count)];
            var b = _sample[_random.Next(_sample.Count)];
            var c = _sample[_random.Next(_sample.Count)];
            return new CoreProfile
            {
                Name = $"{a.Name} {i}",
                Organization = b.Organization,
                Offers = Vary(a.Offers),
                Needs = Vary(b.Needs),
                Interests = Vary(c.Interests),
            };
        }

        private string Vary(string field)
        {
            var items = field.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToArray();
            if (items.Length == 0)
            {
                return "";
            }

            _random.Shuffle(items);
            var keep = _random.Next(1, items.Length + 1);
            return string.Join(_random.NextDouble() < 0.5 ? "、" : ", ", items.Take(keep));
        }

        private static IReadOnlyList<CoreProfile> LoadSample()
        {
            using var stream = typeof(GoenDbContext).Assembly.GetManifestResourceStream("Goen.Data.community.csv")
                ?? throw new InvalidOperationException("samples/community.csv is missing from Goen.Data.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return ProfileCsv.Parse(buffer.ToArray(), "community.csv").Profiles;
        }
    }
}
