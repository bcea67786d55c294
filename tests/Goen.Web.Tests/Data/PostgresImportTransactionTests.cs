using Goen.Core.Profiles;
using Goen.Data;
using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Data;

/// <summary>An import is one transaction: when the database refuses one row, no row is kept.</summary>
public sealed class PostgresImportTransactionTests(PostgresApp app)
{
    [Fact]
    public async Task Apply_DatabaseRefusesTheLastRow_SavesNoRow()
    {
        using var organizer = await Visitor.SignUpAsync(app);
        var (eventId, _) = await organizer.CreateEventAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        var organizerId = await db.Events.Where(e => e.Id == eventId).Select(e => e.OrganizerId).SingleAsync();
        ImportedAttendee Row(int line, string name) =>
            new(line, $"name:{name}", new Profile { Name = name }, "", "", AttendeeStatus.Attending, "");

        // Core never lets a 201-character name through; PostgreSQL's varchar(200) is the last line of defence,
        // and its refusal must take the whole import back.
        var rows = new[] { Row(2, "Fine One"), Row(3, "Fine Two"), Row(4, new string('長', 201)) };
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => AttendeeImporter.ApplyAsync(db, eventId, organizerId, rows, TimeProvider.System, default));

        await using var check = app.Services.CreateAsyncScope();
        var fresh = check.ServiceProvider.GetRequiredService<GoenDbContext>();
        Assert.Equal(1, await fresh.Attendances.CountAsync(a => a.EventId == eventId));
        Assert.False(await fresh.People.AnyAsync(p => p.Name == "Fine One"));
    }
}
