using Goen.Data;
using Goen.Data.Mail;
using Goen.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Goen.Web.Tests.Mail;

/// <summary>Two web apps on one PostgreSQL database, each with its own mail worker, draining one outbox at once.</summary>
public sealed class PostgresMailInstancesTests(ITestOutputHelper output)
{
    private const int Mails = 200;

    [Fact]
    public async Task TwoInstances_TwoHundredMailsQueued_EachDeliveredExactlyOnce()
    {
        var admin = FreshDatabase.RequirePostgres();
        var name = $"goen_mail_two_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        await using var smtp = await TestSmtpServer.StartNewAsync();
        try
        {
            var settings = smtp.Settings;
            settings["ConnectionStrings:Goen"] = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
            settings["Goen:Mail:PollSeconds"] = "1";
            await using var one = new GoenWebFactory(DatabaseProvider.Postgres, settings: settings);
            await one.InitializeAsync();
            await using var two = new GoenWebFactory(DatabaseProvider.Postgres, settings: settings);
            await two.InitializeAsync();
            List<OutboxMail> queued;
            await using (var scope = one.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
                queued = [.. Enumerable.Range(0, Mails).Select(i => MailOutbox.Queue(db, MailDrafts.English(i), TimeProvider.System.GetUtcNow()))];
                await db.SaveChangesAsync();
            }

            one.Services.GetRequiredService<MailJob>().Nudge();
            two.Services.GetRequiredService<MailJob>().Nudge();
            await smtp.WaitForAsync([.. queued.Select(m => m.MessageId)]);
            await Poll.UntilAsync(async () => await CountAsync(one, m => m.SentAt == null) == 0, "every row marked sent");
            var byOne = await CountByInstanceAsync(one, one.Services.GetRequiredService<MailDrain>().Instance);
            var byTwo = await CountByInstanceAsync(one, two.Services.GetRequiredService<MailDrain>().Instance);

            // Stopped before counting, so a duplicate still on its way would have arrived.
            await one.DisposeAsync();
            await two.DisposeAsync();
            output.WriteLine($"{Mails} mails: {byOne} sent by the first instance, {byTwo} by the second; {smtp.Received.Count} received.");
            var received = smtp.Received.GroupBy(m => m.MessageId ?? "").ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(Mails, smtp.Received.Count);
            Assert.All(queued, m => Assert.Equal(1, received.GetValueOrDefault(m.MessageId)));
            Assert.Equal(Mails, byOne + byTwo);
            Assert.True(byOne > 0 && byTwo > 0, $"Both instances should have sent some: {byOne} and {byTwo}.");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task<int> CountAsync(GoenWebFactory app, System.Linq.Expressions.Expression<Func<OutboxMail, bool>> predicate)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.CountAsync(predicate);
    }

    private static Task<int> CountByInstanceAsync(GoenWebFactory app, string instance) =>
        CountAsync(app, m => m.SentAt != null && m.ClaimedBy.StartsWith(instance + ":"));

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
