using Goen.Data;
using Goen.Data.Network;
using Goen.Data.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Goen.Web.Pages.People;

/// <summary>
/// One person's profile, cut to what they share with the viewer (not found when they share nothing), with
/// how the viewer could help them and a one-tap way to log a conversation.
/// </summary>
public sealed class Details(GoenDbContext db, TimeProvider clock) : PageModel
{
    public SharedProfile Profile { get; private set; } = null!;

    public HelpSuggestions? Help { get; private set; }

    public int? ContactId { get; private set; }

    /// <summary>Gets the answers an imported file kept for this person: only for the organizer who imported them, or the person themself.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Kept { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        var userId = User.UserId();
        var relation = await db.RelationAsync(userId, person, cancellationToken);
        if (SharedProfile.Of(person, relation) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        Kept = KeptAnswers.Of(person, relation);
        if (person.UserId != userId)
        {
            Help = await HelpFinder.ForPersonAsync(db, userId, id, clock, cancellationToken);
            ContactId = await db.Contacts.OwnedBy(userId).Where(c => c.PersonId == id).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return Page();
    }
}
