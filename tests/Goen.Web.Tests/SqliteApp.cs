using Goen.Data;

namespace Goen.Web.Tests;

/// <summary>The app on SQLite, shared by every test class of the assembly.</summary>
public sealed class SqliteApp() : GoenWebFactory(DatabaseProvider.Sqlite);
