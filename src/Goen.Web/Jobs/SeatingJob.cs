using Goen.Data;
using Goen.Data.Seating;
using Microsoft.Extensions.Options;

namespace Goen.Web.Jobs;

/// <summary>
/// Runs queued seating plans (<see cref="SeatingJobs.RunDueAsync"/>) every few seconds, or at once when
/// <see cref="NudgeableJob.Nudge"/>d. Several instances may run it: each job is claimed by one of them, and one left behind by a
/// stopped instance is taken up by another once its lease runs out.
/// </summary>
public sealed class SeatingJob(IServiceScopeFactory scopes, GoenDatabase database, TimeProvider clock, IOptions<SeatingJobOptions> options, ILogger<SeatingJob> log)
    : NudgeableJob(database)
{
    /// <summary>Gets this worker's name in <see cref="EventPlan.ClaimedBy"/>: host, process and instance.</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override TimeSpan Every { get; } = TimeSpan.FromSeconds(2);

    protected override async Task LookAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await SeatingJobs.RunDueAsync(scope.ServiceProvider.GetRequiredService<GoenDbContext>(), Instance, clock, stoppingToken, options.Value, log);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed look (the database down) must not stop the app; the job's lease lets another look take it up.
            log.LogWarning(e, "Could not run seating plans; trying again in {Seconds} s", Every.TotalSeconds);
        }
    }
}
