using System.Globalization;
using System.Text;
using System.Text.Json;
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
        var userId = User.UserId();
        var list = await Data.Events.AttendeeDirectory.LoadAsync(db, id, userId, suggest: false, cancellationToken);
        if (list is not { ViewerRole: Data.Events.EventRole.Organizer })
        {
            return NotFound();
        }

        // The organizer's own records come back too: the reception number for check-in, and the columns of
        // their imported files that Goen kept as they were (survey answers), for the people they imported.
        var records = await db.Attendances
            .Where(a => a.EventId == id)
            .Select(a => new { a.PersonId, a.ReceptionNumber, Extra = a.Person!.ManagedByUserId == userId ? a.Person.ExtraJson : "{}" })
            .ToDictionaryAsync(a => a.PersonId, cancellationToken);
        var extras = records.ToDictionary(r => r.Key, r => JsonSerializer.Deserialize<Dictionary<string, string>>(r.Value.Extra) ?? []);
        var extraHeaders = extras.Values.SelectMany(e => e.Keys).Distinct(StringComparer.Ordinal).ToList();

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        string[] fields = ["Name", "Organization", "Role", "Offers", "Needs", "Interests", "Languages", "ContactEmail"];
        SafeCsv.WriteRow(writer, [.. fields.Select(f => text["Field." + f].Value), text["Import.Status"], text["Export.ReceptionNumber"], .. extraHeaders]);
        foreach (var a in list.Attendees)
        {
            var p = a.Profile;
            var extra = extras[p.PersonId];
            SafeCsv.WriteRow(writer, [
                p.Name, p.Organization ?? "", p.Role ?? "", p.Offers ?? "", p.Needs ?? "", p.Interests ?? "", p.Languages ?? "", p.Email ?? "",
                text["Status." + a.Status], records[p.PersonId].ReceptionNumber, .. extraHeaders.Select(h => extra.GetValueOrDefault(h, ""))]);
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"goen-event-{id}-attendees.csv"));
    }
}
