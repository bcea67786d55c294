using CsvHelper;

namespace Goen.Core.Matching;

/// <summary>The labels of a trust set: helpers, traps, small-talk partners and small-talk traps.</summary>
/// <param name="Helpers">One entry per labelled person, with the complete list of people who can help them.</param>
/// <param name="Traps">People who must not be suggested to a person, with the reason's kind.</param>
/// <param name="SmallTalk">One entry per person with at least one acceptable small-talk partner.</param>
/// <param name="SmallTalkTraps">Pairs who share only a generic word.</param>
/// <remarks>
/// The files are tab-separated with a header row; names inside a cell are joined with <c>;</c>. See
/// <c>tests/Goen.Core.Tests/Matching/Trust/README.md</c> for how the labels are judged.
/// </remarks>
public sealed record TrustLabels(IReadOnlyList<HelperLabel> Helpers, IReadOnlyList<TrapLabel> Traps, IReadOnlyList<SmallTalkLabel> SmallTalk, IReadOnlyList<SmallTalkTrap> SmallTalkTraps)
{
    /// <summary>Reads the four label files from their text.</summary>
    /// <param name="helpersTsv">Columns <c>person, helpers, crosses_language</c>.</param>
    /// <param name="trapsTsv">Columns <c>person, trap, kind</c> (more columns are ignored).</param>
    /// <param name="smallTalkTsv">Columns <c>person, partners</c>.</param>
    /// <param name="smallTalkTrapsTsv">Columns <c>a, b, word</c>.</param>
    /// <returns>The labels in file order.</returns>
    public static TrustLabels Parse(string helpersTsv, string trapsTsv, string smallTalkTsv, string smallTalkTrapsTsv) => new(
        Rows(helpersTsv, r => new HelperLabel(r.GetString("person").Trim(), Names(r.GetString("helpers")), r.GetString("crosses_language").Trim() == "yes")),
        Rows(trapsTsv, r => new TrapLabel(r.GetString("person").Trim(), r.GetString("trap").Trim(), r.GetString("kind").Trim())),
        Rows(smallTalkTsv, r => new SmallTalkLabel(r.GetString("person").Trim(), Names(r.GetString("partners")))),
        Rows(smallTalkTrapsTsv, r => new SmallTalkTrap(r.GetString("a").Trim(), r.GetString("b").Trim(), r.GetString("word").Trim())));

    private static string[] Names(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<T> Rows<T>(string tsv, Func<CsvReader, T> read)
    {
        using var reader = CsvReader.FromText(tsv, new CsvReaderOptions { Separator = '\t' });
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
