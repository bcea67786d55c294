using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Goen.Data;
using Goen.Data.Mail;
using MimeKit;
using Microsoft.EntityFrameworkCore;

namespace Goen.Cli.Tests;

/// <summary>
/// <c>goen mail send</c> as cron would run it: the built command in a process of its own, its settings in
/// environment variables, on a SQLite file with mail in the outbox.
/// </summary>
public sealed class MailCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"goen-mail-cli-{Guid.NewGuid():N}.db");
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"goen-mail-cli-{Guid.NewGuid():N}");

    [Fact]
    public async Task MailSend_NoSmtpHost_WritesEachMailToThePickupFolderOnceAndSaysSo()
    {
        var queued = await QueueAsync(
            new MailMessageDraft("introduction.ask", "hanako@example.jp", "山田 花子", "ja", "ご紹介", "佐藤さんをご紹介します。"),
            new MailMessageDraft("test", "ken@example.org", "Ken", "en", "Hello", "Hello, Ken."));

        var first = await RunAsync(new() { ["Goen__Smtp__Host"] = "", ["Goen__Mail__PickupFolder"] = _pickup });
        var second = await RunAsync(new() { ["Goen__Smtp__Host"] = "", ["Goen__Mail__PickupFolder"] = _pickup });

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Sent 2, failed 0 (0 given up), waiting 0.", first.Output, StringComparison.Ordinal);
        Assert.Contains("Sent 0, failed 0 (0 given up), waiting 0.", second.Output, StringComparison.Ordinal);
        var written = Directory.GetFiles(_pickup, "*.eml").Select(f => MimeMessage.Load(f).MessageId).Order().ToList();
        Assert.Equal(queued.Select(m => m.MessageId).Order(), written);
    }

    [Fact]
    public async Task MailSend_SmtpServerDown_KeepsTheMailAndExitsWithAnError()
    {
        var queued = Assert.Single(await QueueAsync(new MailMessageDraft("test", "ken@example.org", "Ken", "en", "Hello", "Hello, Ken.")));

        var run = await RunAsync(new() { ["Goen__Smtp__Host"] = "127.0.0.1", ["Goen__Smtp__Port"] = ClosedPort(), ["Goen__Smtp__UseTls"] = "false" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Sent 0, failed 1 (0 given up), waiting 1.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Connection refused", run.Error, StringComparison.OrdinalIgnoreCase);
        await using var db = Database().CreateContext();
        var row = await db.OutboxMails.SingleAsync(m => m.Id == queued.Id);
        Assert.Equal((1, (DateTimeOffset?)null), (row.Attempts, row.SentAt));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    private GoenDatabase Database() => new(DatabaseProvider.Sqlite, $"Data Source={_file}");

    private async Task<List<OutboxMail>> QueueAsync(params MailMessageDraft[] drafts)
    {
        await using var db = Database().CreateContext();
        await db.Database.MigrateAsync();
        var rows = drafts.Select(d => MailOutbox.Queue(db, d, TimeProvider.System.GetUtcNow())).ToList();
        await db.SaveChangesAsync();
        return rows;
    }

    /// <summary>Runs the built <c>goen mail send</c> (copied beside these tests) with the given environment.</summary>
    private async Task<CliRun> RunAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "goen.dll"));
        foreach (var argument in new[] { "mail", "send", "--database", "sqlite", "--connection", $"Data Source={_file}" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private static string ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
