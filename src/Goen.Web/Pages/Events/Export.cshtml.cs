using System.Globalization;
using System.Security.Claims;
using System.Text;
using Goen.Core.Text;
using Goen.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Events;

/// <summary>
/// The organizer's attendee list as CSV: UTF-8 with a byte-order mark for Excel, formula-like cells
/// defused. Attendees' own profiles are exported as they share them with the event; imported data whole.
/// </summary>
public sealed class Export(GoenDbContext db, IStringLocalizer<UiText> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var list = await Data.Events.AttendeeDirectory.LoadAsync(db, id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        if (list is not { ViewerRole: Data.Events.EventRole.Organizer })
        {
            return NotFound();
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        string[] fields = ["Name", "Organization", "Role", "Offers", "Needs", "Interests", "Languages", "ContactEmail"];
        SafeCsv.WriteRow(writer, [.. fields.Select(f => text["Field." + f].Value), text["Import.Status"]]);
        foreach (var a in list.Attendees.OrderBy(a => a.Profile.Name, StringComparer.Ordinal))
        {
            var p = a.Profile;
            SafeCsv.WriteRow(writer, [p.Name, p.Organization ?? "", p.Role ?? "", p.Offers ?? "", p.Needs ?? "", p.Interests ?? "", p.Languages ?? "", p.Email ?? "", text["Status." + a.Status]]);
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"goen-event-{id}-attendees.csv"));
    }
}
