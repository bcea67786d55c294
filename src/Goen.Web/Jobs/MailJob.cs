using Goen.Data;
using Goen.Data.Mail;
using Microsoft.Extensions.Options;

namespace Goen.Web.Jobs;

/// <summary>
/// Sends the outbox every few seconds (<c>Goen:Mail:PollSeconds</c>), or at once when <see cref="Nudge"/>d.
/// Several instances may run it at once: <see cref="MailDrain"/> claims each mail for one of them. With the
/// SMTP server down the mail waits in the outbox and is tried again later; the app keeps running.
/// </summary>
public sealed class MailJob(IServiceScopeFactory scopes, GoenDatabase database, MailDrain drain, IOptions<MailOptions> options, ILogger<MailJob> log) : BackgroundService
{
    private readonly SemaphoreSlim _nudged = new(0, 1);

    /// <summary>Wakes the worker to send now instead of at its next look; call after saving a queued mail.</summary>
    public void Nudge()
    {
        try
        {
            _nudged.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged: the worker has not woken up yet, and one wake-up sends everything due.
        }
    }

    public override void Dispose()
    {
        _nudged.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (true)
        {
            if (DatabaseHealthCheck.MissingSqliteFile(database) is { } missing)
            {
                // Looking would create an empty file in its place; /health reports it instead.
                log.LogWarning("Not sending mail: the SQLite database file {File} is missing", missing);
            }
            else
            {
                await SendDueAsync(every, stoppingToken);
            }

            await _nudged.WaitAsync(every, stoppingToken);
        }
    }

    private async Task SendDueAsync(TimeSpan every, CancellationToken stoppingToken)
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
            log.LogWarning(e, "Could not look at the mail outbox; trying again in {Seconds} s", every.TotalSeconds);
        }
    }
}
