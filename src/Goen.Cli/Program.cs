using System.CommandLine;
using Goen.Cli.Commands;

var root = new RootCommand("Goen (ご縁): give-first networking — suggestions, seating and more.");
root.Subcommands.Add(SuggestCommand.Create());
root.Subcommands.Add(SeatCommand.Create());
return root.Parse(args).Invoke();
