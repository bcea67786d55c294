using System.CommandLine;

namespace Goen.Cli.Commands;

public static class SuggestCommand
{
    public static Command Create()
    {
        var command = new Command("suggest", "Suggest introductions and small-talk partners for everyone in a profile file.");
        command.SetAction(_ => 0);
        return command;
    }
}
