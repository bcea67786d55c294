using Goen.Data;
using Goen.Data.Mail;
using Microsoft.Extensions.Options;

namespace Goen.Web.Jobs;

/// <summary>
/// Sends the outbox every few seconds (<c>Goen:Mail:PollSeconds</c>), or at once when <see cref="NudgeableJob.Nudge"/>d.
/// Several instances may run it at once: <see cref="MailDrain"/> claims each mail for one of them. With the
/// SMTP server down the mail waits in the outbox and is tried again later; the app keeps running.
/// </summary>
public sealed class MailJob(IServiceScopeFactory scopes, GoenDatabase database, MailDrain drain, IOptions<MailOptions> options, ILogger<MailJob> log) : NudgeableJob(database)
{
    protected override TimeSpan Every { get; } = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));

    protected override void DatabaseMissing(string file) => log.LogWarning("Not sending mail: the SQLite database file {File} is missing", file);

    protected override async Task LookAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await drain.RunAsync(scope.ServiceProvider.GetRequiredService<GoenDbContext>(), stoppingToken);
            if (result.Sent > 0)
            {
                log.LogInformation("Sent {Count} mails", result.Sent);
            }

            if (result.Failed > 0)
            {
                log.LogWarning("{Failed} mails could not be sent ({GaveUp} given up, {Waiting} waiting for a retry): {Error}", result.Failed, result.GaveUp, result.Waiting, result.LastError);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed look (the database down) must not stop the app (an unhandled exception in a BackgroundService does).
            log.LogWarning(e, "Could not look at the mail outbox; trying again in {Seconds} s", Every.TotalSeconds);
        }
    }
}
