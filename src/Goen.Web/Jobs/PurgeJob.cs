using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Events;

namespace Goen.Web.Jobs;

/// <summary>
/// Every hour, deletes unconfirmed uploads older than a day and accounts never confirmed within a week of their last
/// sign-up, so personal data in a forgotten upload, or an address someone typed and never confirmed, goes even when
/// nobody uploads or signs up again. Several instances may run it at once: deleting twice is harmless.
/// </summary>
public sealed class PurgeJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PurgeJob> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
                var drafts = await Drafts.PurgeExpiredAsync(db, clock.GetUtcNow(), stoppingToken);
                var accounts = await AccountData.PurgeUnconfirmedAsync(db, clock.GetUtcNow(), stoppingToken);
                if (drafts + accounts > 0)
                {
                    log.LogInformation("Deleted {Drafts} unconfirmed uploads older than a day and {Accounts} accounts never confirmed within a week", drafts, accounts);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed purge must not stop the app (an unhandled exception in a BackgroundService does).
                log.LogWarning(e, "Could not purge old uploads and unconfirmed accounts; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
