using Goen.Data;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Tests.Data;

/// <summary>Each provider's migrations match the model, so a model change without both migrations fails here.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused")]
    public void Migrations_MatchTheModel(DatabaseProvider provider, string connection)
    {
        using var db = new GoenDatabase(provider, connection).CreateContext();

        var pending = db.Database.HasPendingModelChanges();

        Assert.False(pending, $"The {provider} migrations are behind the model: run dotnet ef migrations add for both providers (README).");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
