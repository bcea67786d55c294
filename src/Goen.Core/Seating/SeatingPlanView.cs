namespace Goen.Core.Seating;

/// <summary>A seating plan as people see it: their names, and the topics each table shares.</summary>
/// <remarks>
/// <see cref="Topics"/> is indexed by round, then table, like <see cref="SeatingPlan.Rounds"/>; a missing round or
/// table has no topics. <see cref="Language"/> is a BCP 47 tag; "ja" gives Japanese labels, anything else English.
/// </remarks>
public sealed record SeatingPlanView
{
    /// <summary>Gets the plan.</summary>
    public required SeatingPlan Plan { get; init; }

    /// <summary>Gets each person's display name, indexed by person.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    /// <summary>Gets the shared topics of each table, by round then table; null for none.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? Topics { get; init; }

    /// <summary>Gets the event's title, shown on the printable page. The default is "Seating plan".</summary>
    public string Title { get; init; } = "Seating plan";

    /// <summary>Gets the language of labels and the page. The default is "en".</summary>
    public string Language { get; init; } = "en";

    /// <summary>Gets the topics of one table, or an empty list.</summary>
    public IReadOnlyList<string> TopicsOf(int round, int table) =>
        Topics is not null && round < Topics.Count && table < Topics[round].Count ? Topics[round][table] : [];
}
