using Microsoft.EntityFrameworkCore.Design;

namespace Goen.Data;

// The EF Core tools build the PostgreSQL context from this when adding a migration; no server is contacted.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGoenDbContext>
{
    public PostgresGoenDbContext CreateDbContext(string[] args) =>
        (PostgresGoenDbContext)new GoenDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=goen_design").CreateContext();
}
