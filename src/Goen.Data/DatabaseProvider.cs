namespace Goen.Data;

/// <summary>The database engines Goen runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>One embedded file, created and migrated on first start: for one person or a laptop.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several web instances: for a community.</summary>
    Postgres,
}
