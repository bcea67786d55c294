using System.Globalization;

namespace Goen.Core.Circulation;

/// <summary>Who introduced whom among a set of people, what came of it, and the numbers that sum it up.</summary>
/// <remarks>
/// <para>
/// The same graph serves a person ("my introductions": the people I introduced, who introduced me, and the
/// people on the other side) and an event's organizer (the introductions among the event's people). Deciding
/// which introductions belong in it, and which of them the people involved chose to share, is the caller's
/// job; the graph counts what it is given.
/// </para>
/// <para>
/// The graph is deterministic: the same people and introductions, in any order, give equal nodes (ordered by id,
/// ordinally), edges (ordered by date, then introducer, A and B ids) and counts.
/// </para>
/// </remarks>
public sealed class CirculationGraph
{
    private CirculationGraph(IReadOnlyList<CirculationNode> nodes, IReadOnlyList<CirculationEdge> edges, CirculationCounts counts)
    {
        Nodes = nodes;
        Edges = edges;
        Counts = counts;
    }

    /// <summary>Gets every person given to <see cref="Build"/>, ordered by id (ordinal), with their tallies.</summary>
    public IReadOnlyList<CirculationNode> Nodes { get; }

    /// <summary>Gets every introduction, ordered by date, then introducer, A and B ids (ordinal).</summary>
    public IReadOnlyList<CirculationEdge> Edges { get; }

    /// <summary>Gets the numbers of introductions made, accepted, that led to a meeting and to work, in all and by month.</summary>
    public CirculationCounts Counts { get; }

    /// <summary>Builds the graph of some introductions among some people.</summary>
    /// <remarks>
    /// Every person is a node, whether or not they take part in an introduction. A person's
    /// <see cref="CirculationNode.Introduced"/> and <see cref="CirculationNode.WasIntroduced"/> count every
    /// introduction given, asked or accepted.
    /// </remarks>
    /// <param name="people">Everyone the introductions refer to (and possibly others), at most one of them the viewer.</param>
    /// <param name="entries">The introductions, in any order.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> or <paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A person or introduction is <see langword="null"/> or has a <see langword="null"/> id;
    /// two people share an id; more than one person is the viewer; an introduction refers to an id not among
    /// <paramref name="people"/>, introduces someone to themselves, or is made by one of its own two sides.</exception>
    public static CirculationGraph Build(IEnumerable<CirculationPerson> people, IEnumerable<CirculationEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(entries);

        var persons = ValidPeople(people);
        var index = new Dictionary<string, int>(persons.Count, StringComparer.Ordinal);
        for (var i = 0; i < persons.Count; i++)
        {
            index.Add(persons[i].Id, i);
        }

        var introduced = new int[persons.Count];
        var wasIntroduced = new int[persons.Count];
        var edges = new List<CirculationEdge>();
        foreach (var entry in entries)
        {
            if (entry is null)
            {
                throw new ArgumentException("The introductions include a null.", nameof(entries));
            }

            var introducer = IndexOf(index, entry.IntroducerId, "introducer", nameof(entries));
            var a = IndexOf(index, entry.AId, "A", nameof(entries));
            var b = IndexOf(index, entry.BId, "B", nameof(entries));
            if (a == b)
            {
                throw new ArgumentException($"An introduction introduces '{entry.AId}' to themselves.", nameof(entries));
            }

            if (introducer == a || introducer == b)
            {
                throw new ArgumentException($"An introduction is made by '{entry.IntroducerId}', one of its own two sides.", nameof(entries));
            }

            introduced[introducer]++;
            wasIntroduced[a]++;
            wasIntroduced[b]++;
            edges.Add(new CirculationEdge(entry.IntroducerId, entry.AId, entry.BId, entry.Accepted, entry.Outcome, entry.Date));
        }

        edges.Sort(CompareEdges);
        var nodes = new CirculationNode[persons.Count];
        for (var i = 0; i < persons.Count; i++)
        {
            nodes[i] = new CirculationNode(persons[i].Id, persons[i].Label ?? "", persons[i].IsViewer, introduced[i], wasIntroduced[i]);
        }

        return new CirculationGraph(nodes, edges, Count(edges));
    }

    /// <summary>Orders edges by date, then introducer, A and B ids, then asked before accepted and by outcome.</summary>
    private static int CompareEdges(CirculationEdge x, CirculationEdge y)
    {
        var order = x.Date.CompareTo(y.Date);
        if (order == 0)
        {
            order = string.CompareOrdinal(x.IntroducerId, y.IntroducerId);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.AId, y.AId);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.BId, y.BId);
        }

        if (order == 0)
        {
            order = x.Accepted.CompareTo(y.Accepted);
        }

        return order != 0 ? order : x.Outcome.CompareTo(y.Outcome);
    }

    private static List<CirculationPerson> ValidPeople(IEnumerable<CirculationPerson> people)
    {
        var persons = new List<CirculationPerson>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var viewers = 0;
        foreach (var person in people)
        {
            if (person?.Id is null)
            {
                throw new ArgumentException("The people include a null, or a person without an id.", nameof(people));
            }

            if (!ids.Add(person.Id))
            {
                throw new ArgumentException($"Two people have the id '{person.Id}'.", nameof(people));
            }

            if (person.IsViewer && ++viewers > 1)
            {
                throw new ArgumentException("More than one person is the viewer.", nameof(people));
            }

            persons.Add(person);
        }

        persons.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return persons;
    }

    private static int IndexOf(Dictionary<string, int> index, string? id, string role, string paramName) =>
        id is not null && index.TryGetValue(id, out var i)
            ? i
            : throw new ArgumentException($"An introduction's {role} '{id}' is not among the people.", paramName);

    private static CirculationCounts Count(List<CirculationEdge> edges)
    {
        if (edges.Count == 0)
        {
            return new CirculationCounts(0, 0, 0, 0, []);
        }

        // Edges are ordered by date, so the first and last give the span of months.
        var first = edges[0].Date;
        var last = edges[^1].Date;
        var monthCount = MonthNumber(last) - MonthNumber(first) + 1;
        var tallies = new int[monthCount, 4];
        foreach (var edge in edges)
        {
            var m = MonthNumber(edge.Date) - MonthNumber(first);
            tallies[m, 0]++;
            if (!edge.Accepted)
            {
                continue;
            }

            tallies[m, 1]++;
            if (edge.Outcome is IntroductionOutcome.Met or IntroductionOutcome.WorkedTogether)
            {
                tallies[m, 2]++;
            }

            if (edge.Outcome is IntroductionOutcome.WorkedTogether)
            {
                tallies[m, 3]++;
            }
        }

        var months = new CirculationMonth[monthCount];
        var start = new DateOnly(first.Year, first.Month, 1);
        int made = 0, accepted = 0, met = 0, worked = 0;
        for (var m = 0; m < monthCount; m++)
        {
            var month = start.AddMonths(m).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            months[m] = new CirculationMonth(month, tallies[m, 0], tallies[m, 1], tallies[m, 2], tallies[m, 3]);
            made += tallies[m, 0];
            accepted += tallies[m, 1];
            met += tallies[m, 2];
            worked += tallies[m, 3];
        }

        return new CirculationCounts(made, accepted, met, worked, months);
    }

    private static int MonthNumber(DateOnly date) => (date.Year * 12) + date.Month - 1;
}
