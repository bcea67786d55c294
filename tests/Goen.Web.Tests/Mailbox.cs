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
        var body = await scope.ServiceProvider.GetRequiredService<GoenDbContext>().OutboxMails
            .Where(m => m.ToAddress == email && m.Kind == kind)
            .OrderByDescending(m => m.Id)
            .Select(m => m.TextBody)
            .FirstOrDefaultAsync() ?? throw new InvalidOperationException($"No {kind} mail to {email}.");
        return new Uri(Link().Match(body).Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
