namespace Goen.Core.Seating;

/// <summary>A seating plan as people see it: their names, and the topics each table shares.</summary>
/// <remarks>
/// <see cref="Topics"/> is indexed by round, then table, like <see cref="SeatingPlan.Rounds"/>; a missing round or
/// table has no topics. <see cref="Language"/> is a BCP 47 tag for the page; <see cref="Labels"/> are its headings.
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

    /// <summary>Gets the language of the page, a BCP 47 tag. The default is "en".</summary>
    public string Language { get; init; } = "en";

    /// <summary>Gets the headings, in <see cref="Language"/>. The default is <see cref="SeatingPlanLabels.English"/>.</summary>
    public SeatingPlanLabels Labels { get; init; } = SeatingPlanLabels.English;

    /// <summary>Gets the topics of one table, or an empty list.</summary>
    public IReadOnlyList<string> TopicsOf(int round, int table) =>
        Topics is not null && round < Topics.Count && table < Topics[round].Count ? Topics[round][table] : [];

    /// <summary>Makes the view of an event's plan: people numbered by their position in its attendees.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>A view with the plan, the attendees' names and each table's topics; title and language are the defaults.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">A table seats an id that is not among the attendees.</exception>
    public static SeatingPlanView Of(EventSeatingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var position = plan.Attendees.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        int Position(string id) => position.TryGetValue(id, out var i) ? i : throw new ArgumentException($"The plan seats \"{id}\", who is not among its attendees.", nameof(plan));
        return new SeatingPlanView
        {
            Plan = new SeatingPlan(plan.Rounds.Select(r => r.Select(t => t.PersonIds.Select(Position)))),
            Names = [.. plan.Attendees.Select(a => a.Profile.Name)],
            Topics = [.. plan.Rounds.Select(r => (IReadOnlyList<IReadOnlyList<string>>)[.. r.Select(t => t.Topics)])],
        };
    }
}
