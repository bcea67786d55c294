using System.CommandLine;
using Goen.Cli.Commands;

return Program.CreateRoot().Parse(args).Invoke();

/// <summary>The <c>goen</c> command: composes one command per verb.</summary>
public partial class Program
{
    /// <summary>Creates the root command with every verb.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Goen (ご縁): give-first networking — who can help whom, what to talk about, where to sit.");
        root.Subcommands.Add(SuggestCommand.Create());
        root.Subcommands.Add(SeatCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(MailCommand.Create());
        return root;
    }
}
