namespace Goen.Core.Profiles;

/// <summary>Tells which character separates the fields of a delimited text file, from its header record.</summary>
/// <remarks>
/// Spreadsheets and event platforms write commas, tabs (Peatix's participant download, Excel's "Unicode text")
/// or semicolons (Excel where the decimal mark is a comma). The header record is the most regular line a
/// file has, so the candidate it holds most often outside quotes wins; a comma wins a tie, and a header
/// with none of them is read with commas as a one-column file.
/// </remarks>
internal static class CsvSeparator
{
    private static readonly char[] Candidates = [',', '\t', ';'];

    /// <summary>Finds the separator of <paramref name="text"/>.</summary>
    /// <param name="text">The decoded file.</param>
    /// <returns>',', '\t' or ';'.</returns>
    public static char Detect(string text)
    {
        var counts = new int[Candidates.Length];
        var quoted = false;
        var started = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                // Blank lines before the header are skipped by the reader too.
                if (started)
                {
                    break;
                }

                continue;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var i and >= 0)
            {
                counts[i]++;
            }

            started |= !char.IsWhiteSpace(c) || c == '\t';
        }

        var best = 0;
        for (var i = 1; i < Candidates.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }
}
