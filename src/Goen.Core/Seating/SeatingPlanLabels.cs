namespace Goen.Core.Seating;

/// <summary>The words a printed or exported seating plan uses for its headings, in the reader's language.</summary>
/// <remarks>Core knows only <see cref="English"/>; the CLI and the web app pass their own from their localized texts.</remarks>
/// <param name="Round">The word before a round's number.</param>
/// <param name="Table">The word before a table's number.</param>
/// <param name="Name">The heading of the names column.</param>
/// <param name="Topics">The heading of a table's topics.</param>
public sealed record SeatingPlanLabels(string Round, string Table, string Name, string Topics)
{
    /// <summary>Gets the English labels: Round, Table, Name, Topics.</summary>
    public static SeatingPlanLabels English { get; } = new("Round", "Table", "Name", "Topics");
}
