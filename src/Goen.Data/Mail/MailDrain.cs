using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Mail;

/// <summary>
/// Sends what is due in the outbox: claims a few rows in a short transaction, sends each outside it, and
/// records the result per row. Used by the web app's worker and by <c>goen mail send</c>.
/// </summary>
/// <remarks>
/// A claim is a lease (<see cref="Lease"/>): while it lasts no other sender (another web instance, the CLI)
/// takes the row, so a mail is sent once. A sender that dies mid-send leaves its lease to expire, and the
/// row is tried again; if the message had already been accepted, that one mail goes out twice, with the same
/// Message-ID. On PostgreSQL rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so instances never wait on
/// each other; SQLite serialises writers, and the claim's <c>UPDATE</c> re-checks the lease.
/// </remarks>
public sealed class MailDrain(IMailSender sender, string from, TimeProvider clock)
{
    /// <summary>How many rows one claim takes.</summary>
    public const int BatchSize = 10;

    /// <summary>The attempt after which a mail is given up (<see cref="OutboxMail.FailedAt"/> set): tries over about sixteen hours.</summary>
    public const int MaxAttempts = 12;

    private const int ErrorLength = 2000;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(4);
    private int _claims;

    /// <summary>Gets how long a claim lasts: longer than a batch takes even at the SMTP sender's timeouts.</summary>
    public static TimeSpan Lease { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets this sender's name in <see cref="OutboxMail.ClaimedBy"/>: host, process and instance.</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The sender the settings ask for (<see cref="IMailSender.Create"/>) with their From address.</summary>
    /// <param name="smtp">The SMTP settings.</param>
    /// <param name="mail">The pickup folder settings.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>A drain.</returns>
    public static MailDrain Create(SmtpOptions smtp, MailOptions mail, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        return new(IMailSender.Create(smtp, mail), smtp.From, clock);
    }

    /// <summary>How long a mail waits after its <paramref name="attempts"/>th failed attempt: doubling from a minute, at most four hours.</summary>
    /// <param name="attempts">Failed attempts so far (1 or more).</param>
    /// <returns>The wait.</returns>
    public static TimeSpan BackOff(int attempts) =>
        attempts >= 10 ? LongestRetry : TimeSpan.FromTicks(Math.Min(FirstRetry.Ticks << Math.Max(0, attempts - 1), LongestRetry.Ticks));

    /// <summary>Sends every mail that is due, batch by batch, until none is left that this sender may take.</summary>
    /// <param name="db">A context on Goen's database.</param>
    /// <param name="cancellationToken">Stops after the current message; rows claimed and not yet sent are released.</param>
    /// <returns>What was sent, what failed, and what still waits.</returns>
    public async Task<MailDrainResult> RunAsync(GoenDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        int sent = 0, failed = 0, gaveUp = 0;
        var lastError = "";
        while (true)
        {
            var claim = $"{Instance}:{Interlocked.Increment(ref _claims)}";
            var claimedAt = clock.GetUtcNow();
            var mails = await ClaimAsync(db, claim, claimedAt, cancellationToken);
            if (mails.Count == 0)
            {
                break;
            }

            try
            {
                foreach (var mail in mails)
                {
                    cancellationToken.ThrowIfCancellationRequested();

                    // No send starts in the lease's second half: one send's worst case (each SMTP step at its
                    // timeout) fits in what is left, so the lease never ends under a send still in progress.
                    if (clock.GetUtcNow() - claimedAt > Lease / 2)
                    {
                        break;
                    }

                    if (await SendOneAsync(db, mail, claim, cancellationToken) is { } error)
                    {
                        failed++;
                        gaveUp += mail.Attempts + 1 >= MaxAttempts ? 1 : 0;
                        lastError = error;
                    }
                    else
                    {
                        sent++;
                    }
                }
            }
            finally
            {
                // Stopped mid-batch, or out of lease: what was not tried goes back at once instead of waiting out the lease.
                await db.OutboxMails.Where(m => m.ClaimedBy == claim && m.SentAt == null && m.ClaimedUntil != null)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            }
        }

        var waiting = await db.OutboxMails.CountAsync(m => m.SentAt == null && m.FailedAt == null, cancellationToken);
        return new(sent, failed, gaveUp, waiting, lastError);
    }

    private static async Task<List<OutboxMail>> ClaimAsync(GoenDbContext db, string claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + Lease;
        if (db.Database.IsNpgsql())
        {
            // Rows another instance holds locked are skipped rather than waited for; the sub-select re-checks
            // the lease on a row whose claim committed meanwhile, so no row is claimed twice.
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "OutboxMails" SET "ClaimedUntil" = {until}, "ClaimedBy" = {claim}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMails"
                    WHERE "SentAt" IS NULL AND "FailedAt" IS NULL AND "DueAt" <= {now}
                      AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                    ORDER BY "DueAt", "Id"
                    LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED)
                """, cancellationToken);
        }
        else
        {
            // SQLite: the transaction begins IMMEDIATE (the write lock first), so the web worker and the CLI take turns.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await Claimable(db, now).OrderBy(m => m.DueAt).ThenBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
            await Claimable(db, now).Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.ClaimedBy, claim), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await db.OutboxMails.AsNoTracking().Where(m => m.ClaimedBy == claim && m.SentAt == null).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    private static IQueryable<OutboxMail> Claimable(GoenDbContext db, DateTimeOffset now) =>
        db.OutboxMails.Where(m => m.SentAt == null && m.FailedAt == null && m.DueAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    /// <summary>Sends one claimed mail and records the outcome; returns the error, or null when it was sent.</summary>
    private async Task<string?> SendOneAsync(GoenDbContext db, OutboxMail mail, string claim, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(OutgoingMessage.Create(mail, from), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var attempts = mail.Attempts + 1;
            var error = $"{e.GetType().Name}: {e.Message}";
            error = error.Length <= ErrorLength ? error : error[..ErrorLength];
            DateTimeOffset? failedAt = attempts >= MaxAttempts ? now : null;
            await db.OutboxMails.Where(m => m.Id == mail.Id && m.ClaimedBy == claim).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.DueAt, now + BackOff(attempts))
                .SetProperty(m => m.FailedAt, failedAt)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return error;
        }

        // The message is out: record it even when asked to stop, or it would be sent again after the lease.
        var sentAt = clock.GetUtcNow();
        await db.OutboxMails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, sentAt)
            .SetProperty(m => m.Attempts, mail.Attempts + 1)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        return null;
    }
}
