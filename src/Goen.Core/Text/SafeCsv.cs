namespace Goen.Core.Text;

/// <summary>
/// Writes CSV that spreadsheets open safely: cells quoted when needed and text that Excel or Sheets would
/// run as a formula defused, as OWASP's CSV-injection advice says.
/// </summary>
/// <remarks>Files written for people should start with a byte-order mark, so Excel in Japan reads them as UTF-8.</remarks>
public static class SafeCsv
{
    /// <summary>Writes one row, ending it with CRLF.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="cells">The row's cells.</param>
    public static void WriteRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cells);
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                writer.Write(',');
            }

            writer.Write(Cell(cells[c]));
        }

        writer.Write("\r\n");
    }

    /// <summary>Quotes a cell when needed, and prefixes an apostrophe to text that starts like a formula.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The cell as written to the file.</returns>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
