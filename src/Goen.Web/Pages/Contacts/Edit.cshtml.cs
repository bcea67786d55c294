using System.ComponentModel.DataAnnotations;
using Goen.Data;
using Goen.Data.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Contacts;

/// <summary>Edits my notes on a contact: where we met and through whom (one tap each), and how often to keep in touch.</summary>
public sealed class Edit(GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    /// <summary>The keep-in-touch choices offered, in days; empty is "my default", 0 is "no reminders".</summary>
    public static readonly int[] FollowUpChoices = [0, 14, 30, 60, 90, 180, 365];

    [BindProperty]
    public ContactForm Input { get; set; } = new();

    public bool Linked { get; private set; }

    public IReadOnlyList<(int Id, string Title, DateOnly Date)> Events { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Contacts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await ContactQueries.GetAsync(db, User.UserId(), id, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Input = ContactForm.From(details);
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, cancellationToken);
        }

        switch (await ContactQueries.UpdateAsync(db, User.UserId(), id, Input.ToFields(), Input.Version, clock, cancellationToken))
        {
            case ContactSave.Saved:
                return RedirectToPage("/Contacts/Details", new { id });
            case ContactSave.NotFound:
                return NotFound();
            case ContactSave.Stale:
                ModelState.AddModelError("", text["Contact.Stale"]);
                Input.Version = (await ContactQueries.GetAsync(db, User.UserId(), id, cancellationToken))?.Version ?? Input.Version;
                break;
            case ContactSave.TooLong:
                ModelState.AddModelError("Input.Emails", text["Contact.ListTooLong", Contact.ListLength]);
                break;
            default:
                ModelState.AddModelError("", text["Contact.BadLink"]);
                break;
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (await db.Contacts.OwnedBy(userId).Where(c => c.Id == id).Select(c => new { c.PersonId }).SingleOrDefaultAsync(cancellationToken) is not { } contact)
        {
            return NotFound();
        }

        Linked = contact.PersonId is not null;
        Events = await db.EventChoicesAsync(userId, cancellationToken);

        // The people one was most recently in touch with come first: "met through" is a tap, not a search.
        var contacts = await db.Contacts.OwnedBy(userId).Where(c => c.Id != id)
            .OrderByDescending(c => c.LastInteraction).ThenBy(c => c.Name).Take(50)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        Contacts = [.. contacts.Select(c => (c.Id, c.Name))];
        return Page();
    }

    public sealed class ContactForm
    {
        [StringLength(Contact.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Name")]
        public string? Name { get; set; }

        [StringLength(Contact.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Contact.PhoneticName")]
        public string? PhoneticName { get; set; }

        [StringLength(Contact.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Organization")]
        public string? Organization { get; set; }

        [StringLength(Contact.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Role")]
        public string? Role { get; set; }

        [StringLength(Contact.ListLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Contact.Emails")]
        public string? Emails { get; set; }

        [StringLength(Contact.ListLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Contact.Phones")]
        public string? Phones { get; set; }

        [StringLength(Contact.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Encounter.TheyOffer")]
        public string? TheyOffer { get; set; }

        [StringLength(Contact.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Encounter.TheyNeed")]
        public string? TheyNeed { get; set; }

        [StringLength(Contact.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Field.Interests")]
        public string? Interests { get; set; }

        [StringLength(Contact.NoteLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Encounter.Note")]
        public string? Note { get; set; }

        public int? MetAtEventId { get; set; }

        public int? MetThroughContactId { get; set; }

        [Range(0, 3650)]
        public int? FollowUpDays { get; set; }

        public int Version { get; set; }

        public static ContactForm From(ContactDetails d)
        {
            var f = d.Fields;
            return new ContactForm
            {
                Name = f.Name, PhoneticName = f.PhoneticName, Organization = f.Organization, Role = f.Role,
                Emails = string.Join('\n', f.Emails ?? []), Phones = string.Join('\n', f.Phones ?? []),
                TheyOffer = f.TheyOffer, TheyNeed = f.TheyNeed, Interests = f.Interests, Note = f.Note,
                MetAtEventId = f.MetAtEventId, MetThroughContactId = f.MetThroughContactId, FollowUpDays = f.FollowUpDays, Version = d.Version,
            };
        }

        public ContactFields ToFields() => new(
            Name, PhoneticName, Organization, Role, ContactFields.Lines(Emails ?? ""), ContactFields.Lines(Phones ?? ""),
            TheyOffer, TheyNeed, Interests, Note, MetAtEventId, MetThroughContactId, FollowUpDays);
    }
}
