using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Goen.Core.Text;

namespace Goen.Core.Seating;

/// <summary>Writes a seating plan for people: JSON for scripts, CSV for spreadsheets, and a printable page of table cards.</summary>
/// <remarks>
/// Every format names people and shows each table's topics; rounds and tables are numbered from 1, as an
/// organizer counts them. The CSV starts with a byte-order mark so spreadsheet programs read it as UTF-8, and
/// cells that a spreadsheet would take for a formula are escaped. The HTML page encodes every string.
/// </remarks>
public static class SeatingPlanRenderer
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the plan as JSON: rounds, each with its tables, each with its people's names and topics.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(TextWriter writer, SeatingPlanView view)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(view);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("rounds");
            for (var r = 0; r < view.Plan.RoundCount; r++)
            {
                json.WriteStartObject();
                json.WriteNumber("round", r + 1);
                json.WriteStartArray("tables");
                var tables = view.Plan.Rounds[r];
                for (var t = 0; t < tables.Count; t++)
                {
                    json.WriteStartObject();
                    json.WriteNumber("table", t + 1);
                    json.WriteStartArray("people");
                    foreach (var person in tables[t])
                    {
                        json.WriteStringValue(view.Names[person]);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("topics");
                    foreach (var topic in view.TopicsOf(r, t))
                    {
                        json.WriteStringValue(topic);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes the plan as CSV, one row per person per round: round, table, name, the table's topics.</summary>
    /// <remarks>The text starts with U+FEFF, which a UTF-8 writer turns into the byte-order mark.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(TextWriter writer, SeatingPlanView view)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(view);
        var labels = view.Labels;
        writer.Write('\uFEFF');
        SafeCsv.WriteRow(writer, [labels.Round, labels.Table, labels.Name, labels.Topics]);
        for (var r = 0; r < view.Plan.RoundCount; r++)
        {
            var tables = view.Plan.Rounds[r];
            for (var t = 0; t < tables.Count; t++)
            {
                var topics = string.Join(" / ", view.TopicsOf(r, t));
                foreach (var person in tables[t])
                {
                    SafeCsv.WriteRow(writer, [(r + 1).ToString(CultureInfo.InvariantCulture), (t + 1).ToString(CultureInfo.InvariantCulture), view.Names[person], topics]);
                }
            }
        }
    }

    /// <summary>Writes a printable A4 page with one card per table per round: the table, its people and its topics.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteHtml(TextWriter writer, SeatingPlanView view)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(view);
        var labels = view.Labels;
        static string E(string text) => WebUtility.HtmlEncode(text);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine($"<html lang=\"{E(view.Language)}\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{E(view.Title)}</title>");
        writer.WriteLine("""
            <style>
            @page { size: A4; margin: 12mm; }
            body { font-family: "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif; margin: 0; color: #111; }
            h1 { font-size: 18pt; margin: 0 0 6mm; }
            h2 { font-size: 14pt; margin: 6mm 0 3mm; break-after: avoid; }
            .round { break-before: page; }
            .round:first-of-type { break-before: auto; }
            .cards { display: grid; grid-template-columns: repeat(2, 1fr); gap: 4mm; }
            .card { border: 0.4mm solid #333; border-radius: 2mm; padding: 4mm; break-inside: avoid; }
            .card h3 { font-size: 13pt; margin: 0 0 2mm; }
            .card ul { margin: 0; padding-left: 5mm; font-size: 11pt; }
            .topics { margin: 2mm 0 0; font-size: 10pt; }
            @media print { body { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
            </style>
            """);
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine($"<h1>{E(view.Title)}</h1>");
        for (var r = 0; r < view.Plan.RoundCount; r++)
        {
            writer.WriteLine("<section class=\"round\">");
            writer.WriteLine($"<h2>{E(labels.Round)} {r + 1}</h2>");
            writer.WriteLine("<div class=\"cards\">");
            var tables = view.Plan.Rounds[r];
            for (var t = 0; t < tables.Count; t++)
            {
                writer.WriteLine("<article class=\"card\">");
                writer.WriteLine($"<h3>{E(labels.Table)} {t + 1}</h3>");
                writer.WriteLine("<ul>");
                foreach (var person in tables[t])
                {
                    writer.WriteLine($"<li>{E(view.Names[person])}</li>");
                }

                writer.WriteLine("</ul>");
                var topics = view.TopicsOf(r, t);
                if (topics.Count > 0)
                {
                    writer.WriteLine($"<p class=\"topics\"><strong>{E(labels.Topics)}:</strong> {string.Join(" · ", topics.Select(E))}</p>");
                }

                writer.WriteLine("</article>");
            }

            writer.WriteLine("</div>");
            writer.WriteLine("</section>");
        }

        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }
}
