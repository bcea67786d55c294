using Goen.Data;
using Goen.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace Goen.Web.Tests.Mail;

/// <summary>
/// The outbox drain against a real SMTP conversation and a real database: what arrives, what happens while
/// the server is down, a sender that died holding a claim, giving up, the pickup folder, senders racing.
/// </summary>
public abstract class MailDrainTests(DatabaseProvider provider) : IAsyncLifetime
{
    private FreshDatabase _database = null!;
    private TestSmtpServer _smtp = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await FreshDatabase.CreateAsync(provider);
        _smtp = await TestSmtpServer.StartNewAsync();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Run_QueuedMail_ArrivesOverSmtpWithItsHeadersAndJapaneseBodyIntact()
    {
        var queued = Assert.Single(await _database.QueueAsync(MailDrafts.Japanese()));

        var result = await RunAsync(Drain());

        Assert.Equal((1, 0, 0), (result.Sent, result.Failed, result.Waiting));
        var message = Assert.Single(_smtp.Received);
        Assert.Equal(queued.MessageId, message.MessageId);
        var to = Assert.Single(message.To.Mailboxes);
        Assert.Equal(("hanako@example.jp", "山田 花子"), (to.Address, to.Name));
        Assert.Equal("goen@test.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("ご紹介：佐藤 健さん", message.Subject);
        var body = Assert.IsType<TextPart>(message.Body);
        Assert.Equal("ja", body.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("utf-8", body.ContentType.Charset, ignoreCase: true);
        Assert.Equal(MailDrafts.JapaneseBody, body.Text.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.NotNull((await _database.ReadAsync(queued.Id)).SentAt);
    }

    [Fact]
    public async Task Run_SmtpDownThenBack_KeepsTheMailThenDeliversItExactlyOnce()
    {
        await _smtp.StopAsync();
        var queued = Assert.Single(await _database.QueueAsync(MailDrafts.English(1)));

        var down = await RunAsync(Drain());
        var failed = await _database.ReadAsync(queued.Id);
        var tooEarly = await RunAsync(Drain());
        await _smtp.StartAsync();
        var stillTooEarly = await RunAsync(Drain());
        var due = await RunAsync(Drain(new LaterClock(MailDrain.BackOff(1) + TimeSpan.FromSeconds(1))));
        var again = await RunAsync(Drain(new LaterClock(TimeSpan.FromDays(2))));

        Assert.Equal((0, 1, 1), (down.Sent, down.Failed, down.Waiting));
        Assert.Equal(1, failed.Attempts);
        Assert.NotEqual("", failed.LastError);
        Assert.True(failed.DueAt > queued.DueAt, "A failed mail waits before it is tried again.");
        Assert.Null(failed.SentAt);
        Assert.Null(failed.FailedAt);
        Assert.Null(failed.ClaimedUntil);
        Assert.Equal((0, 0, 1), (tooEarly.Sent, tooEarly.Failed, tooEarly.Waiting));
        Assert.Equal((0, 0, 1), (stillTooEarly.Sent, stillTooEarly.Failed, stillTooEarly.Waiting));
        Assert.Equal((1, 0, 0), (due.Sent, due.Failed, due.Waiting));
        Assert.Equal((0, 0, 0), (again.Sent, again.Failed, again.Waiting));
        Assert.Equal(queued.MessageId, Assert.Single(_smtp.Received).MessageId);
    }

    [Fact]
    public async Task Run_ClaimedBySenderThatDied_WaitsForTheLeaseThenSendsIt()
    {
        var queued = Assert.Single(await _database.QueueAsync(MailDrafts.English(2)));
        await using (var db = _database.Open())
        {
            var until = TimeProvider.System.GetUtcNow() + MailDrain.Lease;
            await db.OutboxMails.Where(m => m.Id == queued.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.ClaimedBy, "crashed:1:1"));
        }

        var whileHeld = await RunAsync(Drain());
        var afterLease = await RunAsync(Drain(new LaterClock(MailDrain.Lease + TimeSpan.FromSeconds(1))));

        Assert.Equal((0, 1), (whileHeld.Sent, whileHeld.Waiting));
        Assert.Equal((1, 0), (afterLease.Sent, afterLease.Waiting));
        Assert.Equal(queued.MessageId, Assert.Single(_smtp.Received).MessageId);
    }

    [Fact]
    public async Task Run_LastAttemptFails_GivesUpAndKeepsTheRowForAnOperator()
    {
        await _smtp.StopAsync();
        var queued = Assert.Single(await _database.QueueAsync(MailDrafts.English(3)));
        await using (var db = _database.Open())
        {
            await db.OutboxMails.Where(m => m.Id == queued.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, MailDrain.MaxAttempts - 1));
        }

        var last = await RunAsync(Drain());
        await _smtp.StartAsync();
        var later = await RunAsync(Drain(new LaterClock(TimeSpan.FromDays(30))));

        Assert.Equal((0, 1, 1, 0), (last.Sent, last.Failed, last.GaveUp, last.Waiting));
        var row = await _database.ReadAsync(queued.Id);
        Assert.NotNull(row.FailedAt);
        Assert.Equal(MailDrain.MaxAttempts, row.Attempts);
        Assert.Equal(0, later.Sent);
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task Run_NoSmtpHost_WritesOneEmlPerMailThatMimeKitReadsBack()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"goen-pickup-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Goen:Mail:PickupFolder"] = folder }).Build();
        var drain = MailDrain.Create(SmtpOptions.FromConfiguration(configuration), MailOptions.FromConfiguration(configuration), TimeProvider.System);
        var queued = Assert.Single(await _database.QueueAsync(MailDrafts.Japanese()));
        try
        {
            var first = await RunAsync(drain);
            var second = await RunAsync(drain);

            Assert.Equal((1, 0), (first.Sent, second.Sent));
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            using var message = await MimeMessage.LoadAsync(file);
            Assert.Equal(queued.MessageId, message.MessageId);
            Assert.Equal("ご紹介：佐藤 健さん", message.Subject);
            Assert.Equal("山田 花子", Assert.Single(message.To.Mailboxes).Name);
            Assert.Equal("goen@localhost", Assert.Single(message.From.Mailboxes).Address);
            var body = Assert.IsType<TextPart>(message.Body);
            Assert.Equal("ja", body.Headers[HeaderId.ContentLanguage]);
            Assert.Equal(MailDrafts.JapaneseBody, body.Text.ReplaceLineEndings("\n").TrimEnd('\n'));
            Assert.Empty(_smtp.Received);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Run_FourSendersAtOnce_SendEveryMailExactlyOnce()
    {
        var queued = await _database.QueueAsync([.. Enumerable.Range(0, 60).Select(MailDrafts.English)]);
        var drains = Enumerable.Range(0, 4).Select(_ => Drain()).ToList();

        var results = await Task.WhenAll(drains.Select(RunAsync));

        Assert.Equal(queued.Count, results.Sum(r => r.Sent));
        var ids = _smtp.Received.Select(m => m.MessageId).ToList();
        Assert.Equal(queued.Count, ids.Count);
        Assert.Equal(queued.Select(m => m.MessageId).Order(), ids.Order());
    }

    private MailDrain Drain(TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_smtp.Settings).Build();
        return MailDrain.Create(SmtpOptions.FromConfiguration(configuration), MailOptions.FromConfiguration(configuration), clock ?? TimeProvider.System);
    }

    private async Task<MailDrainResult> RunAsync(MailDrain drain)
    {
        await using var db = _database.Open();
        return await drain.RunAsync(db, TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteMailDrainTests() : MailDrainTests(DatabaseProvider.Sqlite);

public sealed class PostgresMailDrainTests() : MailDrainTests(DatabaseProvider.Postgres);
