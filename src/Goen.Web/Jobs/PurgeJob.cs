using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Events;

namespace Goen.Web.Jobs;

/// <summary>
/// Every hour, deletes unconfirmed uploads older than a day and accounts never confirmed within a week of their last
/// sign-up, so personal data in a forgotten upload, or an address someone typed and never confirmed, goes even when
/// nobody uploads or signs up again. Deleting twice is harmless.
/// </summary>
public sealed class PurgeJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PurgeJob> log) : PeriodicJob(scopes, clock, log)
{
    protected override TimeSpan Every { get; } = TimeSpan.FromHours(1);

    protected override string FailureMessage => "Could not purge old uploads and unconfirmed accounts; trying again in an hour";

    protected override async Task RunOnceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var db = services.GetRequiredService<GoenDbContext>();
        var drafts = await Drafts.PurgeExpiredAsync(db, now, stoppingToken);
        var accounts = await AccountData.PurgeUnconfirmedAsync(db, now, stoppingToken);
        if (drafts + accounts > 0)
        {
            Log.LogInformation("Deleted {Drafts} unconfirmed uploads older than a day and {Accounts} accounts never confirmed within a week", drafts, accounts);
        }
    }
}
