using System.CommandLine;
using Goen.Data;
using Goen.Data.Mail;
using Microsoft.EntityFrameworkCore;

namespace Goen.Cli.Commands;

/// <summary>
/// <c>goen mail send</c>: sends what is due in the outbox once, through the SMTP server or into the pickup
/// folder the environment names (the web app's settings), and says how many were sent, failed and still wait.
/// Safe beside running web apps: each mail is claimed by one sender.
/// </summary>
public static class MailCommand
{
    public static Command Create()
    {
        var options = new DatabaseOptions();
        var send = new Command("send", "Send the mail that is due in the outbox now (Goen__Smtp__Host, else the pickup folder Goen__Mail__PickupFolder).") { options.Database, options.Connection };
        send.SetAction((result, cancellationToken) => SendAsync(result, options, cancellationToken));
        return new Command("mail", "The outbox of mail Goen sends (introductions, reminders).") { send };
    }

    private static async Task<int> SendAsync(ParseResult result, DatabaseOptions options, CancellationToken cancellationToken)
    {
        GoenDatabase target;
        MailDrain drain;
        try
        {
            var configuration = options.Configuration(result);
            target = GoenDatabase.FromConfiguration(configuration);
            var smtp = SmtpOptions.FromConfiguration(configuration);
            if (!MimeKit.MailboxAddress.TryParse(smtp.From, out _))
            {
                await CliOutput.Error(result).WriteLineAsync($"Goen__Smtp__From is not a mail address: '{smtp.From}'.");
                return CliOutput.BadInput;
            }

            drain = MailDrain.Create(smtp, MailOptions.FromConfiguration(configuration), TimeProvider.System);
        }
        catch (InvalidOperationException e)
        {
            await CliOutput.Error(result).WriteLineAsync(e.Message);
            return CliOutput.BadInput;
        }

        await using var db = target.CreateContext();
        MailDrainResult sent;
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            sent = await drain.RunAsync(db, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            await CliOutput.Error(result).WriteLineAsync($"The database could not be reached or written: {e.GetBaseException().Message}");
            return 1;
        }

        await CliOutput.Out(result).WriteLineAsync($"Sent {sent.Sent}, failed {sent.Failed} ({sent.GaveUp} given up), waiting {sent.Waiting}.");
        if (sent.Failed > 0)
        {
            await CliOutput.Error(result).WriteLineAsync($"Last error: {sent.LastError}");
            return 1;
        }

        return 0;
    }
}
