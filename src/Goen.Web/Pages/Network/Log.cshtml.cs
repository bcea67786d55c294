using System.ComponentModel.DataAnnotations;
using Goen.Data;
using Goen.Data.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Network;

/// <summary>Logs an encounter in seconds: whom (a co-attendee in one tap, or a name), when, where, what they need.</summary>
public sealed class Log(GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public EncounterForm Input { get; set; } = new();

    /// <summary>Gets the person picked in one tap (from an attendee list or a QR card), as they share themselves.</summary>
    public string? PersonName { get; private set; }

    public IReadOnlyList<(int Id, string Title, DateOnly Date)> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? personId, string? name, int? eventId, CancellationToken cancellationToken)
    {
        Input.PersonId = personId;
        Input.Name = name;
        Input.EventId = eventId;
        Input.Date = NetworkAccess.Today(clock);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        var (encounter, problem) = await EncounterLog.LogAsync(db, User.UserId(), Input.ToInput(), clock, cancellationToken);
        switch (problem)
        {
            case EncounterProblem.None:
                return RedirectToPage("/Contacts/Details", new { id = encounter!.ContactId, logged = true });
            case EncounterProblem.PersonNotFound:
                return NotFound();
            case EncounterProblem.EventNotFound:
                ModelState.AddModelError("Input.EventId", text["Encounter.BadEvent"]);
                break;
            case EncounterProblem.Self:
                ModelState.AddModelError("Input.PersonId", text["Encounter.Self"]);
                break;
            default:
                ModelState.AddModelError("Input.Name", text["Encounter.NoOne"]);
                break;
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (Input.PersonId is { } personId)
        {
            if (await db.SharedWithAsync(userId, personId, cancellationToken) is not { } person)
            {
                return NotFound();
            }

            PersonName = person.Name;
        }

        Events = await db.EventChoicesAsync(userId, cancellationToken);
        return Page();
    }

    public sealed class EncounterForm
    {
        public int? PersonId { get; set; }

        [StringLength(Contact.ShortLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Encounter.Name")]
        public string? Name { get; set; }

        [Display(Name = "Encounter.Event")]
        public int? EventId { get; set; }

        [Display(Name = "Encounter.Date")]
        public DateOnly? Date { get; set; }

        [StringLength(Contact.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Encounter.TheyOffer")]
        public string? TheyOffer { get; set; }

        [StringLength(Contact.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Encounter.TheyNeed")]
        public string? TheyNeed { get; set; }

        [StringLength(Contact.TextLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Encounter.TalkedAbout")]
        public string? TalkedAbout { get; set; }

        [StringLength(Contact.NoteLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Encounter.Note")]
        public string? Note { get; set; }

        public EncounterInput ToInput() => new(PersonId, Name, EventId, Date, TheyOffer, TheyNeed, TalkedAbout, Note);
    }
}
