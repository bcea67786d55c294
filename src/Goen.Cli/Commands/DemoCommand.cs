using System.CommandLine;
using Goen.Data;
using Goen.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Goen.Cli.Commands;

/// <summary>
/// <c>goen demo</c>: loads the demo community into an empty Goen database (the web app's own SQLite file
/// by default) and prints how to sign in as its organizer.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var options = new DatabaseOptions();
        var command = new Command("demo", "Load the demo community (69 people, one event) into an empty Goen database.") { options.Database, options.Connection };
        command.SetAction((result, cancellationToken) => RunAsync(result, options, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, DatabaseOptions options, CancellationToken cancellationToken)
    {
        GoenDatabase target;
        try
        {
            target = GoenDatabase.FromConfiguration(options.Configuration(result));
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
            await output.WriteLineAsync($"Loaded the demo community into {target.Provider} ({DatabaseOptions.Describe(target)}).");
            await output.WriteLineAsync($"Sign in to the web app as {demo.Email} with the password {demo.Password}");
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            await CliOutput.Error(result).WriteLineAsync($"The database could not be reached or written: {e.GetBaseException().Message}");
            return 1;
        }
    }
}
