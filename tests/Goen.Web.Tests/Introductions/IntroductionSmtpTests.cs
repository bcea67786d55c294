using System.Net.Http.Json;
using System.Text.Json;
using Goen.Data;
using Goen.Web.Jobs;
using Goen.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Introductions;

/// <summary>An introduction's asks while the SMTP server is down: the ask is saved, the mail waits, and each goes out once.</summary>
public sealed class IntroductionSmtpTests : IAsyncLifetime
{
    private TestSmtpServer _smtp = null!;

    public async ValueTask InitializeAsync() => _smtp = await TestSmtpServer.StartNewAsync();

    public async ValueTask DisposeAsync() => await _smtp.DisposeAsync();

    [Fact]
    public async Task Ask_WhileSmtpIsDown_IsSavedAndEachAskIsDeliveredOnceWhenItIsBack()
    {
        await _smtp.StopAsync();
        var settings = _smtp.Settings;
        settings["Goen:Mail:PollSeconds"] = "1";
        await using var app = new GoenWebFactory(DatabaseProvider.Sqlite, settings: settings);
        await app.InitializeAsync();
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "Down A", "down-a@example.test");
        var b = await ContactAsync(me, "Down B", "down-b@example.test");
        using var created = await me.Client.PostAsJsonAsync(new Uri("/api/introductions", UriKind.Relative), new { a = new { contactId = a }, b = new { contactId = b } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        using var asked = await me.Client.PostAsJsonAsync(new Uri($"/api/introductions/{id}/ask", UriKind.Relative), new { });
        await Poll.UntilAsync(async () => (await MailsAsync(app)).All(m => m.Attempts > 0), "both asks tried once and failed");
        var waiting = await MailsAsync(app);
        var state = (await me.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/introductions/{id}", UriKind.Relative))).GetProperty("state").GetString();
        await _smtp.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var now = TimeProvider.System.GetUtcNow();
            await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, now));
        }

        app.Services.GetRequiredService<MailJob>().Nudge();
        await _smtp.WaitForAsync([.. waiting.Select(m => m.MessageId)]);
        await Poll.UntilAsync(async () => (await MailsAsync(app)).All(m => m.SentAt is not null), "both asks marked sent");

        Assert.True(asked.IsSuccessStatusCode);
        Assert.Equal("asked", state);
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, m => Assert.Null(m.SentAt));
        // The server also received the sign-up confirmations; each ask arrived exactly once.
        var asks = _smtp.Received.Where(r => waiting.Any(m => m.MessageId == r.MessageId)).ToList();
        Assert.Equal(2, asks.Count);
        Assert.Equal(waiting.Select(m => m.MessageId).Order(), asks.Select(m => m.MessageId).Order());
    }

    private static async Task<List<Goen.Data.Mail.OutboxMail>> MailsAsync(GoenWebFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails.AsNoTracking().Where(m => m.Kind == "introduction.ask").ToListAsync();
    }

    private static async Task<int> ContactAsync(Visitor me, string name, string email)
    {
        using var logged = await me.Client.PostAsJsonAsync(new Uri("/api/encounters", UriKind.Relative), new { name });
        var id = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contactId").GetInt32();
        using var put = await me.Client.PutAsJsonAsync(new Uri($"/api/contacts/{id}", UriKind.Relative), new { name, emails = new[] { email } });
        return id;
    }
}
