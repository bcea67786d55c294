namespace Goen.Web.Jobs;

/// <summary>
/// A job that does one round of work at once and then at a fixed interval, each round in its own scope. A failed round
/// is logged and the next one tries again: an unhandled exception in a <see cref="BackgroundService"/> would stop the app.
/// Several instances may run the same job; each round must be safe to do twice.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger log) : BackgroundService
{
    /// <summary>Gets the clock the rounds run by.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>Gets the job's log.</summary>
    protected ILogger Log { get; } = log;

    /// <summary>Gets the time between rounds.</summary>
    protected abstract TimeSpan Every { get; }

    /// <summary>Gets what to log when a round fails (it says the job tries again).</summary>
    protected abstract string FailureMessage { get; }

    /// <summary>One round of work.</summary>
    /// <param name="services">The round's scoped services.</param>
    /// <param name="now">The time the round starts.</param>
    /// <param name="stoppingToken">Stops the work when the app stops.</param>
    /// <returns>A task that completes when the round is done.</returns>
    protected abstract Task RunOnceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, Clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, Clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
#pragma warning disable CA2254 // The message is a constant of each job, not built from data.
                Log.LogWarning(e, FailureMessage);
#pragma warning restore CA2254
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
