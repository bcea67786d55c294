using System.Net;
using Goen.Data;
using Goen.Data.Mail;
using Goen.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Mail;

/// <summary>The web app's mail worker, in a running app on SQLite with a real SMTP server beside it.</summary>
public sealed class MailJobTests : IAsyncLifetime
{
    private TestSmtpServer _smtp = null!;

    public async ValueTask InitializeAsync() => _smtp = await TestSmtpServer.StartNewAsync();

    public async ValueTask DisposeAsync() => await _smtp.DisposeAsync();

    [Fact]
    public async Task Worker_MailQueued_DeliversItWithoutBeingAsked()
    {
        await using var app = await StartAppAsync(pollSeconds: 1);

        var queued = await QueueAsync(app, MailDrafts.Japanese());

        await _smtp.WaitForAsync([queued.MessageId]);
        await Poll.UntilAsync(async () => (await ReadAsync(app, queued.Id)).SentAt is not null, "the mail marked sent");
        Assert.Equal(queued.MessageId, Assert.Single(_smtp.Received).MessageId);
    }

    [Fact]
    public async Task Nudge_AfterQueueing_SendsWithoutWaitingForTheNextLook()
    {
        // An hour between looks: past the look at start-up, only a nudge can send while the test waits.
        // Two mails one after the other, so the second cannot have been caught by that first look.
        await using var app = await StartAppAsync(pollSeconds: 3600);
        var job = app.Services.GetRequiredService<MailJob>();

        var first = await QueueAsync(app, MailDrafts.English(1));
        job.Nudge();
        await _smtp.WaitForAsync([first.MessageId]);
        var second = await QueueAsync(app, MailDrafts.English(2));
        job.Nudge();

        await _smtp.WaitForAsync([second.MessageId]);
        Assert.Equal(2, _smtp.Received.Count);
    }

    [Fact]
    public async Task Worker_SmtpDown_AppKeepsServingAndTheMailWaitsThenGoesOutOnce()
    {
        await _smtp.StopAsync();
        await using var app = await StartAppAsync(pollSeconds: 1);
        var queued = await QueueAsync(app, MailDrafts.English(2));

        await Poll.UntilAsync(async () => (await ReadAsync(app, queued.Id)).Attempts > 0, "a failed attempt recorded");
        using var client = app.CreateClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var waiting = await ReadAsync(app, queued.Id);
        await _smtp.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The retry's time has come (a minute later, not waited for here).
            var now = TimeProvider.System.GetUtcNow();
            await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.Where(m => m.Id == queued.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, now));
        }

        app.Services.GetRequiredService<MailJob>().Nudge();
        await Poll.UntilAsync(async () => (await ReadAsync(app, queued.Id)).SentAt is not null, "the mail sent once the server is back");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Null(waiting.SentAt);
        Assert.NotEqual("", waiting.LastError);
        Assert.True(waiting.DueAt > queued.DueAt, "A failed mail waits before it is tried again.");
        Assert.Equal(queued.MessageId, Assert.Single(_smtp.Received).MessageId);
    }

    private async Task<GoenWebFactory> StartAppAsync(int pollSeconds)
    {
        var settings = _smtp.Settings;
        settings["Goen:Mail:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var app = new GoenWebFactory(DatabaseProvider.Sqlite, settings: settings);
        await app.InitializeAsync();
        return app;
    }

    private static async Task<OutboxMail> QueueAsync(GoenWebFactory app, MailMessageDraft draft)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        var row = MailOutbox.Queue(db, draft, TimeProvider.System.GetUtcNow());
        await db.SaveChangesAsync();
        return row;
    }

    private static async Task<OutboxMail> ReadAsync(GoenWebFactory app, long id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
