using Goen.Data;

namespace Goen.Web.Tests;

/// <summary>The app on PostgreSQL, shared by every test class of the assembly.</summary>
public sealed class PostgresApp() : GoenWebFactory(DatabaseProvider.Postgres);
