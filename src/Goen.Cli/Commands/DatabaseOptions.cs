using System.CommandLine;
using Goen.Data;
using Microsoft.Extensions.Configuration;

namespace Goen.Cli.Commands;

/// <summary>
/// <c>--database</c> and <c>--connection</c> for the commands that open Goen's database, over the same
/// environment variables the web app reads (<c>Goen__Database</c>, <c>ConnectionStrings__Goen</c>, <c>Goen__Smtp__…</c>).
/// </summary>
internal sealed class DatabaseOptions
{
    private static readonly string[] Providers = ["sqlite", "postgres"];

    public DatabaseOptions()
    {
        Database = new Option<string?>("--database") { Description = "sqlite or postgres; default: the Goen__Database setting, else sqlite." };
        Database.AcceptOnlyFromAmong(Providers);
        Connection = new Option<string?>("--connection") { Description = "Connection string; default: ConnectionStrings__Goen, else the web app's own SQLite file." };
    }

    public Option<string?> Database { get; }

    public Option<string?> Connection { get; }

    /// <summary>The environment's settings, with the options given on the command line over them.</summary>
    public IConfiguration Configuration(ParseResult result)
    {
        var settings = new Dictionary<string, string?>();
        if (result.GetValue(Database) is { } provider)
        {
            settings["Goen:Database"] = provider;
        }

        if (result.GetValue(Connection) is { } connection)
        {
            settings["ConnectionStrings:Goen"] = connection;
        }

        return new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
    }

    /// <summary>The database's file or server, without its password.</summary>
    public static string Describe(GoenDatabase target) =>
        target.Provider == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource
            : new Npgsql.NpgsqlConnectionStringBuilder(target.ConnectionString) { Password = null }.ToString();
}
