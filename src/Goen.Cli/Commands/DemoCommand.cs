using System.CommandLine;
using Goen.Data;
using Goen.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Goen.Cli.Commands;

/// <summary>
/// <c>goen demo</c>: loads the demo community into an empty Goen database (the web app's own SQLite file
/// by default) and prints how to sign in as its organizer.
/// </summary>
public static class DemoCommand
{
    private static readonly string[] Providers = ["sqlite", "postgres"];

    public static Command Create()
    {
        var database = new Option<string?>("--database") { Description = "sqlite or postgres; default: the Goen__Database setting, else sqlite." };
        database.AcceptOnlyFromAmong(Providers);
        var connection = new Option<string?>("--connection") { Description = "Connection string; default: ConnectionStrings__Goen, else the web app's own SQLite file." };
        var command = new Command("demo", "Load the demo community (69 people, one event) into an empty Goen database.") { database, connection };
        command.SetAction((result, cancellationToken) => RunAsync(result, result.GetValue(database), result.GetValue(connection), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, string? provider, string? connection, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>();
        if (provider is not null)
        {
            settings["Goen:Database"] = provider;
        }

        if (connection is not null)
        {
            settings["ConnectionStrings:Goen"] = connection;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        GoenDatabase target;
        try
        {
            target = GoenDatabase.FromConfiguration(configuration);
        }
        catch (InvalidOperationException e)
        {
            await CliOutput.Error(result).WriteLineAsync(e.Message);
            return CliOutput.BadInput;
        }

        await using var db = target.CreateContext();
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (!await DemoCommunity.CanLoadAsync(db, cancellationToken))
            {
                await CliOutput.Error(result).WriteLineAsync("This Goen database already has accounts or events; the demo is loaded only into an empty one.");
                return CliOutput.BadInput;
            }

            var demo = await DemoCommunity.LoadAsync(db, TimeProvider.System, cancellationToken);
            var output = CliOutput.Out(result);
            await output.WriteLineAsync($"Loaded the demo community into {target.Provider} ({Describe(target)}).");
            await output.WriteLineAsync($"Sign in to the web app as {demo.Email} with the password {demo.Password}");
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            await CliOutput.Error(result).WriteLineAsync($"The database could not be reached or written: {e.GetBaseException().Message}");
            return 1;
        }
    }

    private static string Describe(GoenDatabase target) =>
        target.Provider == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource
            : new Npgsql.NpgsqlConnectionStringBuilder(target.ConnectionString) { Password = null }.ToString();
}
