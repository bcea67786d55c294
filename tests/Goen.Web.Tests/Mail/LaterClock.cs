namespace Goen.Web.Tests.Mail;

/// <summary>The system clock, read as if some time had passed: lets a test reach a retry or a lease's end without waiting for it.</summary>
internal sealed class LaterClock(TimeSpan ahead) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
}
