using Goen.Data;
using Goen.Data.Network;

namespace Goen.Web.Pages.Network;

/// <summary>What the home page starts with: contacts someone in my network could help now, and follow-ups due.</summary>
public sealed record GivingView(IReadOnlyList<(HelperSuggestion Contact, HelperSuggestion Helper)> HelpNow, IReadOnlyList<ContactSummary> Due)
{
    /// <summary>Loads the view for a user.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The user.</param>
    /// <param name="contacts">The user's contacts, already listed.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The view.</returns>
    public static async Task<GivingView> LoadAsync(GoenDbContext db, string userId, IReadOnlyList<ContactSummary> contacts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = NetworkAccess.Today(clock);
        return new GivingView(
            await HelpFinder.PeopleToHelpNowAsync(db, userId, 5, cancellationToken),
            [.. contacts.Where(c => c.FollowUpDue <= today).OrderBy(c => c.FollowUpDue)]);
    }
}
