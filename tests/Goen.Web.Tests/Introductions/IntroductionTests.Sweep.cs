using Goen.Data;
using Goen.Data.Introductions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Introductions;

/// <summary>The sweep: one gentle reminder halfway to the deadline, to those who have not answered, then expiry.</summary>
public abstract partial class IntroductionTests
{
    [Fact]
    public async Task Sweep_HalfwayAndPastTheDeadline_RemindsTheSilentSideOnceThenExpires()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var a = await ContactAsync(me, "Sweep A", "sweep-a@example.test");
        var b = await ContactAsync(me, "Sweep B", "sweep-b@example.test");
        var id = (await PostAsync(me, "/api/introductions", new { a = new { contactId = a }, b = new { contactId = b } })).GetProperty("id").GetInt32();
        await PostAsync(me, $"/api/introductions/{id}/ask", new { answerDays = 10 });
        await AnswerAsync(LinkIn((await MailsAsync(id, "introduction.ask")).Single(m => m.ToAddress == "sweep-a@example.test").TextBody), "yes");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        var letters = scope.ServiceProvider.GetRequiredService<IntroductionMail>().Letters;
        var asked = (await db.Introductions.AsNoTracking().SingleAsync(i => i.Id == id)).AskedAt!.Value;

        // Other tests' introductions share this database, so the checks are on this one's mails and state.
        await IntroductionFlow.SweepAsync(db, letters, new At(asked.AddDays(4)), CancellationToken.None);
        var early = await MailsAsync(id, "introduction.reminder");
        await IntroductionFlow.SweepAsync(db, letters, new At(asked.AddDays(6)), CancellationToken.None);
        await IntroductionFlow.SweepAsync(db, letters, new At(asked.AddDays(8)), CancellationToken.None);
        var reminders = await MailsAsync(id, "introduction.reminder");
        var reminderLink = new Uri(LinkIn(reminders[0].TextBody));
        using var anonymous = new Visitor(app);
        var reminderPage = await anonymous.GetAsync(reminderLink.PathAndQuery);
        db.ChangeTracker.Clear();
        var before = (await db.Introductions.AsNoTracking().SingleAsync(i => i.Id == id)).State;
        await IntroductionFlow.SweepAsync(db, letters, new At(asked.AddDays(10).AddMinutes(1)), CancellationToken.None);
        db.ChangeTracker.Clear();
        var state = (await db.Introductions.AsNoTracking().SingleAsync(i => i.Id == id)).State;

        Assert.Empty(early);
        var reminder = Assert.Single(reminders);
        Assert.Equal("sweep-b@example.test", reminder.ToAddress);
        Assert.EndsWith($"/Introductions/Answer/{id}/b", reminderLink.AbsolutePath, StringComparison.Ordinal);
        Assert.True(reminderPage.Has("answer-form"));
        Assert.Equal(IntroductionState.OneAccepted, before);
        Assert.Equal(IntroductionState.Expired, state);
    }

    /// <summary>A clock stopped at one moment.</summary>
    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
