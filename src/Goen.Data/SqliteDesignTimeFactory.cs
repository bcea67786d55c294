using Microsoft.EntityFrameworkCore.Design;

namespace Goen.Data;

// The EF Core tools build the SQLite context from this when adding a migration; no file is opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGoenDbContext>
{
    public SqliteGoenDbContext CreateDbContext(string[] args) =>
        (SqliteGoenDbContext)new GoenDatabase(DatabaseProvider.Sqlite, "Data Source=design.db").CreateContext();
}
