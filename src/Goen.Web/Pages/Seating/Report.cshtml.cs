using System.Globalization;
using System.Net;
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

    /// <summary>
    /// The figures as bars, in two groups (the room, then the introductions), each bar to the scale of the largest
    /// of its group; an SVG sized for a phone, labelled by the figure's caption. Every text is HTML-encoded.
    /// </summary>
    /// <returns>The SVG markup.</returns>
    public string ChartSvg()
    {
        (string Title, string Css, string[] Keys)[] groups =
        [
            (text["Report.ChartPeople"].Value, "bar-people", ["Report.Attendees", "Report.CheckedIn", "Report.MetSomeoneNew"]),
            (text["Report.ChartIntroductions"].Value, "bar-introductions", ["Report.IntroductionsMade", "Report.IntroductionsAccepted", "Report.IntroductionsMet", "Report.IntroductionsWorkedTogether"]),
        ];
        const int Width = 360, Row = 40, Head = 28, Left = 4, Room = 300;
        var values = Figures.ToDictionary(f => f.Key, f => f.Value);
        var svg = new StringBuilder();
        var height = groups.Sum(g => Head + (g.Keys.Length * Row)) + 8;
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"report-chart-caption\" xmlns=\"http://www.w3.org/2000/svg\">");
        var y = 0;
        foreach (var (title, css, keys) in groups)
        {
            var scale = Math.Max(1, keys.Max(k => values[k]));
            y += Head;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{y - 8}\" class=\"chart-heading\">{WebUtility.HtmlEncode(title)}</text>");
            foreach (var key in keys)
            {
                var value = values[key];
                var length = value == 0 ? 0 : Math.Max(2, (int)Math.Round(Room * (double)value / scale));
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{y + 12}\" class=\"chart-label\">{WebUtility.HtmlEncode(text[key].Value)}</text>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{y + 18}\" width=\"{length}\" height=\"14\" class=\"{css}\" data-test=\"bar\" data-key=\"{key}\" data-value=\"{value}\"></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + length + 6}\" y=\"{y + 30}\" class=\"chart-value\">{value}</text>");
                y += Row;
            }
        }

        return svg.Append("</svg>").ToString();
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
