using System.ComponentModel.DataAnnotations;
using Goen.Data;
using Goen.Data.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Events;

/// <summary>Creates an event; its creator becomes the organizer and is registered for it.</summary>
public sealed class Create(GoenDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public void OnGet() => Input.Date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddDays(7);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = await EventPlanning.CreateAsync(db, User.UserId(), "", Input.ToDetails(), clock, cancellationToken);
        return RedirectToPage("/Events/Details", new { id = created.Id });
    }

    public sealed class EventInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(Event.TitleLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Event.Field.Title")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Event.Field.Date")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Event.Field.StartTime")]
        public TimeOnly? StartTime { get; set; }

        [StringLength(Event.PlaceLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Event.Field.Place")]
        public string? Place { get; set; }

        [StringLength(Event.DescriptionLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Event.Field.Description")]
        public string? Description { get; set; }

        [StringLength(Event.TagsLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Event.Field.Tags")]
        public string? Tags { get; set; }

        /// <summary>The validated form as event details (the date is required, so set).</summary>
        public EventDetails ToDetails() => new(Title, Date!.Value, StartTime, Place, Description, Tags);
    }
}
