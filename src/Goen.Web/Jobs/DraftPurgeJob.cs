using Goen.Data;
using Goen.Data.Events;

namespace Goen.Web.Jobs;

/// <summary>
/// Deletes unconfirmed uploads older than a day, every hour, so personal data in a forgotten upload goes
/// even when nobody uploads again. Several instances may run it at once: deleting twice is harmless.
/// </summary>
public sealed class DraftPurgeJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DraftPurgeJob> log) : BackgroundService
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
                var purged = await Drafts.PurgeExpiredAsync(scope.ServiceProvider.GetRequiredService<GoenDbContext>(), clock.GetUtcNow(), stoppingToken);
                if (purged > 0)
                {
                    log.LogInformation("Deleted {Count} unconfirmed uploads older than a day", purged);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed purge must not stop the app (an unhandled exception in a BackgroundService does).
                log.LogWarning(e, "Could not purge old uploads; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
