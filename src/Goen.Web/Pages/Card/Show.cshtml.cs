using Goen.Core.Contacts;
using Goen.Data;
using Goen.Data.Network;
using Goen.Data.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Card;

/// <summary>
/// Someone's QR card, opened by scanning it: their name and what they share with everyone signed in, a
/// vCard to save them (no app needed), and for a Goen user a one-tap "we met" that logs the encounter.
/// </summary>
public sealed class Show(SiteAddress site, GoenDbContext db, TimeProvider clock) : PageModel
{
    public SharedProfile Card { get; private set; } = null!;

    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await QrCard.FindAsync(db, code, cancellationToken) is not { } card)
        {
            return NotFound();
        }

        (Card, Code) = (card, code);
        return Page();
    }

    public async Task<IActionResult> OnGetVcardAsync(string code, CancellationToken cancellationToken)
    {
        if (await QrCard.FindAsync(db, code, cancellationToken) is not { } card)
        {
            return NotFound();
        }

        var vcard = VCardWriter.Write([new VCardContact(
            card.Name, "", "", "", "", card.Organization ?? "", card.Role ?? "",
            card.Email is { } email ? [email] : [], [], card.Offers ?? "", $"{site.BaseFor(Request)}/Card/{code}", $"urn:goen:person:{card.PersonId}")]);
        return File(System.Text.Encoding.UTF8.GetBytes(vcard), "text/vcard; charset=utf-8", "goen-card.vcf");
    }

    public async Task<IActionResult> OnPostLogAsync(string code, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        return await QrCard.LogAsync(db, User.UserId(), code, clock, cancellationToken) is { } contactId
            ? RedirectToPage("/Contacts/Details", new { id = contactId, logged = true })
            : NotFound();
    }
}
