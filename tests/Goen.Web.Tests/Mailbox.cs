using System.Text.RegularExpressions;
using Goen.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests;

/// <summary>Reads the mails an app has queued for an address, as the person would find them in their inbox.</summary>
public static partial class Mailbox
{
    /// <summary>The first link of the latest mail of a kind to an address, as a local path and query.</summary>
    /// <param name="app">The app that queued the mail.</param>
    /// <param name="email">The recipient.</param>
    /// <param name="kind">The mail's kind, such as <c>account.confirm</c>.</param>
    /// <returns>The link's path and query.</returns>
    public static async Task<string> LinkAsync(GoenWebFactory app, string email, string kind)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        return await LinkAsync(scope.ServiceProvider.GetRequiredService<GoenDbContext>(), email, kind);
    }

    /// <summary>The same, for an app running in its own process on a database the test knows.</summary>
    /// <param name="database">The app's database.</param>
    /// <param name="email">The recipient.</param>
    /// <param name="kind">The mail's kind.</param>
    /// <returns>The link's path and query.</returns>
    public static async Task<string> LinkAsync(GoenDatabase database, string email, string kind)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        return await LinkAsync(db, email, kind);
    }

    private static async Task<string> LinkAsync(GoenDbContext db, string email, string kind)
    {
        var body = await db.OutboxMails
            .Where(m => m.ToAddress == email && m.Kind == kind)
            .OrderByDescending(m => m.Id)
            .Select(m => m.TextBody)
            .FirstOrDefaultAsync() ?? throw new InvalidOperationException($"No {kind} mail to {email}.");
        return new Uri(Link().Match(body).Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
