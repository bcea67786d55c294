using Goen.Data;
using Goen.Data.Introductions;

namespace Goen.Web.Jobs;

/// <summary>
/// Every quarter hour: the one gentle reminder to a side who has not answered halfway to the deadline, and the
/// close of asks past it. A few lines over <see cref="IntroductionFlow.SweepAsync"/>; several instances may run it.
/// </summary>
public sealed class IntroductionSweepJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IntroductionSweepJob> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var services = scope.ServiceProvider;
                var mail = services.GetRequiredService<IntroductionMail>();
                var (reminded, expired) = await IntroductionFlow.SweepAsync(services.GetRequiredService<GoenDbContext>(), mail.Letters, clock, stoppingToken);
                if (reminded > 0)
                {
                    mail.Nudge();
                }

                if (reminded + expired > 0)
                {
                    log.LogInformation("Introductions: {Reminded} reminders queued, {Expired} asks expired", reminded, expired);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed sweep must not stop the app; the next one catches up.
                log.LogWarning(e, "Could not sweep open introductions; trying again in a quarter hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
