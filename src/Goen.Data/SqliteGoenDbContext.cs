using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Goen.Data;

/// <summary>The SQLite flavour of <see cref="GoenDbContext"/>; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteGoenDbContext(DbContextOptions<SqliteGoenDbContext> options) : GoenDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date type: stored as text, times could not be compared in SQL. As numbers they can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
