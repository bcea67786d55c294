using Goen.Data;
using Goen.Data.Introductions;

namespace Goen.Web.Jobs;

/// <summary>
/// Every quarter hour: the one gentle reminder to a side who has not answered halfway to the deadline, and the
/// close of asks past it. A few lines over <see cref="IntroductionFlow.SweepAsync"/>; several instances may run it.
/// </summary>
public sealed class IntroductionSweepJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IntroductionSweepJob> log) : PeriodicJob(scopes, clock, log)
{
    protected override TimeSpan Every { get; } = TimeSpan.FromMinutes(15);

    protected override string FailureMessage => "Could not sweep open introductions; trying again in a quarter hour";

    protected override async Task RunOnceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var mail = services.GetRequiredService<IntroductionMail>();
        var (reminded, expired) = await IntroductionFlow.SweepAsync(services.GetRequiredService<GoenDbContext>(), mail.Letters, Clock, stoppingToken);
        if (reminded > 0)
        {
            mail.Nudge();
        }

        if (reminded + expired > 0)
        {
            Log.LogInformation("Introductions: {Reminded} reminders queued, {Expired} asks expired", reminded, expired);
        }
    }
}
