using Goen.Data.Accounts;
using Goen.Data.Events;
using Goen.Data.Introductions;
using Goen.Data.Mail;
using Goen.Data.Network;
using Goen.Data.People;
using Goen.Data.Seating;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data;

/// <summary>
/// Goen's one database: accounts, people, events, attendances, and the web tier's data-protection keys
/// (so several web instances can share one PostgreSQL).
/// </summary>
/// <remarks>
/// Each provider has its own subclass (<see cref="SqliteGoenDbContext"/>, <see cref="PostgresGoenDbContext"/>)
/// only so that each keeps its own migrations, as EF Core's multi-provider guidance does it.
/// </remarks>
public abstract class GoenDbContext(DbContextOptions options) : IdentityDbContext<GoenUser>(options), IDataProtectionKeyContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    public DbSet<ImportDraft> ImportDrafts => Set<ImportDraft>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Encounter> Encounters => Set<Encounter>();

    public DbSet<ContactImportDraft> ContactImportDrafts => Set<ContactImportDraft>();

    public DbSet<Introduction> Introductions => Set<Introduction>();

    public DbSet<IntroductionSide> IntroductionSides => Set<IntroductionSide>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<EventPlan> EventPlans => Set<EventPlan>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RaiseVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RaiseVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GoenDbContext).Assembly);
    }

    private void RaiseVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
