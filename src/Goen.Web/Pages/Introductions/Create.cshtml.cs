using Goen.Data;
using Goen.Data.Events;
using Goen.Data.Introductions;
using Goen.Data.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Introductions;

/// <summary>
/// Starts an introduction: two people I know (contacts, or people at my events), in one tap from a "how can I
/// help?" suggestion. It saves a draft with a note to each side in their language and opens it.
/// </summary>
public sealed class Create(GoenDbContext db, TimeProvider clock, IntroductionMail mail, IStringLocalizer<UiText> text) : PageModel
{
    /// <summary>Gets the people I may introduce: "c12" for a contact, "p34" for a person at my events.</summary>
    public IReadOnlyList<(string Key, string Name)> Choices { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? A { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? B { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? EventId { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (Party(A) is not { } a || Party(B) is not { } b)
        {
            ModelState.AddModelError(nameof(B), text["Intro.PickTwo"]);
            return await ShowAsync(cancellationToken);
        }

        var why = await HelpFinder.WhyMeetAsync(db, userId, a, b, cancellationToken);
        var (introduction, problem) = await IntroductionFlow.DraftAsync(
            db, userId, a, b, EventId, (_, to, about) => mail.DefaultNote(to, about, why), (null, null), clock, cancellationToken);
        switch (problem)
        {
            case null:
                return RedirectToPage("/Introductions/Details", new { id = introduction!.Id });
            case IntroductionProblem.SamePerson:
                ModelState.AddModelError(nameof(B), text["Intro.SamePerson"]);
                break;
            case IntroductionProblem.Self:
                ModelState.AddModelError(nameof(B), text["Intro.Self"]);
                break;
            default:
                return NotFound();
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>The key of a person for the form: "c12" for a contact (preferred), "p34" for a profile.</summary>
    /// <param name="personId">The profile, if any.</param>
    /// <param name="contactId">The contact, if any.</param>
    /// <returns>The key.</returns>
    public static string Key(int? personId, int? contactId) =>
        contactId is { } c ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{c}") : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p{personId}");

    /// <summary>Reads "c12" or "p34".</summary>
    /// <param name="key">The key.</param>
    /// <returns>The party, or <see langword="null"/>.</returns>
    public static IntroductionParty? Party(string? key) =>
        key is { Length: > 1 } && int.TryParse(key.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? key[0] switch { 'c' => new IntroductionParty(null, id), 'p' => new IntroductionParty(id, null), _ => null }
            : null;

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var contacts = await db.Contacts.OwnedBy(userId).OrderBy(c => c.Name).Take(500)
            .Select(c => new { c.Id, c.Name, c.PersonId }).ToListAsync(cancellationToken);
        var linked = contacts.Where(c => c.PersonId != null).Select(c => c.PersonId!.Value).ToHashSet();
        var sharing = db.PeopleSharingAnEventWith(userId);
        var people = await db.People.Where(p => sharing.Contains(p.Id) && p.UserId != userId)
            .OrderBy(p => p.Name).Take(500).ToListAsync(cancellationToken);
        var shared = await db.SharedWithAsync(userId, people, cancellationToken);
        Choices =
        [
            .. contacts.Select(c => ($"c{c.Id}", c.Name)),
            .. people.Where(p => !linked.Contains(p.Id) && shared.ContainsKey(p.Id)).Select(p => ($"p{p.Id}", shared[p.Id].Name)),
        ];
        return Page();
    }
}
