using System.Globalization;
using System.Text;
using Goen.Core.Text;
using Goen.Data;
using Goen.Data.Seating;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Seating;

/// <summary>After the event, for its organizer: what it did for its people, in counts only, on screen and as CSV.</summary>
public sealed class Report(GoenDbContext db, IStringLocalizer<UiText> text) : PageModel
{
    public string Title { get; private set; } = "";

    /// <summary>Gets each figure with its resource key, in the order the page and the CSV show them.</summary>
    public IReadOnlyList<(string Key, int Value)> Figures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        SafeCsv.WriteRow(writer, [text["Report.Figure"], text["Report.Count"]]);
        foreach (var (key, value) in Figures)
        {
            SafeCsv.WriteRow(writer, [text[key], value.ToString(CultureInfo.InvariantCulture)]);
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"goen-event-{id}-report.csv"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await EventReports.ForEventAsync(db, User.UserId(), id, cancellationToken) is not { } report)
        {
            return false;
        }

        Title = await db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync(cancellationToken);
        Figures =
        [
            ("Report.Attendees", report.Attendees),
            ("Report.CheckedIn", report.CheckedIn),
            ("Report.MetSomeoneNew", report.MetSomeoneNew),
            ("Report.NewPairs", report.NewPairs),
            ("Report.Encounters", report.Encounters),
            ("Report.IntroductionsMade", report.IntroductionsMade),
            ("Report.IntroductionsAccepted", report.IntroductionsAccepted),
            ("Report.IntroductionsMet", report.IntroductionsMet),
            ("Report.IntroductionsWorkedTogether", report.IntroductionsWorkedTogether),
        ];
        return true;
    }
}
