namespace Goen.Core.Seating;

/// <summary>
/// A multi-round seating problem: people, the value of each pair sitting together, the tables of each round,
/// and the rules a plan must keep.
/// </summary>
/// <remarks>
/// <para>
/// A plan seats, in every round, each person present at exactly one table. Its objective is the sum of
/// <see cref="Values"/> over the pairs sharing a table, summed over the rounds; no pair should share a table
/// in two rounds. One round is the Maximally Diverse Grouping Problem; many rounds with equal values is the
/// Social Golfer Problem.
/// </para>
/// <para>
/// The constructor checks what can be checked without searching — sizes against the people present, pins
/// against table sizes and apart-rules — and throws <see cref="SeatingProblemException"/> saying what cannot be
/// satisfied. The problem is immutable once created.
/// </para>
/// </remarks>
public sealed class SeatingProblem
{
    private readonly TableSpec[][] _tables;
    private readonly bool[] _present;
    private readonly int[] _pin;
    private readonly int[][] _apartGroups;
    private readonly IReadOnlyList<string>? _names;

    /// <summary>Creates a problem whose every round has the same tables.</summary>
    /// <param name="values">The value of each pair; its size is the number of people.</param>
    /// <param name="roundCount">The number of rounds, at least one.</param>
    /// <param name="tables">The tables of each round.</param>
    /// <param name="constraints">Apart-rules and pins, or null for none.</param>
    /// <param name="presence">Who is present in which round, or null for everyone in every round.</param>
    /// <param name="names">People's names, used only in error messages, or null to number them.</param>
    /// <exception cref="ArgumentException">An argument is out of range or its size does not match.</exception>
    /// <exception cref="SeatingProblemException">The rules cannot all be satisfied.</exception>
    public SeatingProblem(
        PairValues values,
        int roundCount,
        IReadOnlyList<TableSpec> tables,
        SeatingConstraints? constraints = null,
        Presence? presence = null,
        IReadOnlyList<string>? names = null)
        : this(values, Enumerable.Repeat(tables ?? throw new ArgumentNullException(nameof(tables)), Math.Max(0, roundCount)).ToArray(), constraints, presence, names)
    {
    }

    /// <summary>Creates a problem whose rounds may have different tables, as when people arrive or leave.</summary>
    /// <param name="values">The value of each pair; its size is the number of people.</param>
    /// <param name="tablesByRound">The tables of each round; the number of rounds is its length, at least one.</param>
    /// <param name="constraints">Apart-rules and pins, or null for none.</param>
    /// <param name="presence">Who is present in which round, or null for everyone in every round.</param>
    /// <param name="names">People's names, used only in error messages, or null to number them.</param>
    /// <exception cref="ArgumentException">An argument is out of range or its size does not match.</exception>
    /// <exception cref="SeatingProblemException">The rules cannot all be satisfied.</exception>
    public SeatingProblem(
        PairValues values,
        IReadOnlyList<IReadOnlyList<TableSpec>> tablesByRound,
        SeatingConstraints? constraints = null,
        Presence? presence = null,
        IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(tablesByRound);
        if (tablesByRound.Count < 1)
        {
            throw new ArgumentException("A seating plan needs at least one round.", nameof(tablesByRound));
        }

        var n = values.Count;
        var rounds = tablesByRound.Count;
        if (presence is not null && (presence.RoundCount != rounds || presence.PersonCount != n))
        {
            throw new ArgumentException(
                $"Presence covers {presence.PersonCount} people over {presence.RoundCount} rounds; the problem has {n} over {rounds}.",
                nameof(presence));
        }

        if (names is not null && names.Count != n)
        {
            throw new ArgumentException($"There are {names.Count} names for {n} people.", nameof(names));
        }

        Values = values;
        _names = names;
        _tables = [.. tablesByRound.Select(t => t.ToArray())];
        _present = new bool[rounds * n];
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < n; i++)
            {
                _present[r * n + i] = presence?.IsPresent(r, i) ?? true;
            }
        }

        _pin = Enumerable.Repeat(-1, n).ToArray();
        _apartGroups = [];
        if (constraints is not null)
        {
            foreach (var (person, table) in constraints.Pins)
            {
                CheckPerson(person, n);
                _pin[person] = table;
            }

            _apartGroups = [.. constraints.ApartGroups.Select(g => g.Distinct().ToArray())];
            foreach (var person in _apartGroups.SelectMany(g => g))
            {
                CheckPerson(person, n);
            }
        }

        Validate();
    }

    /// <summary>Gets the number of people.</summary>
    public int PersonCount => Values.Count;

    /// <summary>Gets the number of rounds.</summary>
    public int RoundCount => _tables.Length;

    /// <summary>Gets the value of each pair sitting together.</summary>
    public PairValues Values { get; }

    /// <summary>Gets the groups of people no two of whom may share a table.</summary>
    public IReadOnlyList<IReadOnlyList<int>> ApartGroups => _apartGroups;

    /// <summary>Gets the tables of <paramref name="round"/>.</summary>
    /// <exception cref="IndexOutOfRangeException">The round is out of range.</exception>
    public IReadOnlyList<TableSpec> Tables(int round) => _tables[round];

    /// <summary>Gets whether <paramref name="person"/> is present in <paramref name="round"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The round or the person is out of range.</exception>
    public bool IsPresent(int round, int person)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)round, (uint)RoundCount, nameof(round));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)person, (uint)PersonCount, nameof(person));
        return _present[round * PersonCount + person];
    }

    /// <summary>Gets the table <paramref name="person"/> is pinned to, or -1 if they may sit anywhere.</summary>
    /// <exception cref="IndexOutOfRangeException">The person is out of range.</exception>
    public int PinnedTable(int person) => _pin[person];

    /// <summary>Gets how <paramref name="person"/> is named in messages: their name, or "person N".</summary>
    public string NameOf(int person) => _names?[person] ?? $"person {person}";

    private static void CheckPerson(int person, int count)
    {
        if ((uint)person >= (uint)count)
        {
            throw new ArgumentException($"Person {person} is not one of the {count} people.");
        }
    }

    private void Validate()
    {
        var n = PersonCount;
        for (var r = 0; r < RoundCount; r++)
        {
            var tables = _tables[r];
            var present = Enumerable.Range(0, n).Count(i => IsPresent(r, i));
            var min = tables.Sum(t => (long)t.MinSize);
            var max = tables.Sum(t => (long)t.MaxSize);
            var round = RoundCount > 1 ? $"Round {r + 1}: " : "";
            if (present > max)
            {
                throw new SeatingProblemException(
                    $"{round}{present} people are present but the {tables.Length} tables seat at most {max}.");
            }

            if (present < min)
            {
                throw new SeatingProblemException(
                    $"{round}{present} people are present but the {tables.Length} tables need at least {min}.");
            }

            var pinnedAt = new int[tables.Length];
            for (var i = 0; i < n; i++)
            {
                if (_pin[i] < 0 || !IsPresent(r, i))
                {
                    continue;
                }

                if (_pin[i] >= tables.Length)
                {
                    throw new SeatingProblemException(
                        $"{round}{NameOf(i)} is pinned to table {_pin[i] + 1}, but there are only {tables.Length} tables.");
                }

                if (++pinnedAt[_pin[i]] > tables[_pin[i]].MaxSize)
                {
                    throw new SeatingProblemException(
                        $"{round}{pinnedAt[_pin[i]]} people are pinned to table {_pin[i] + 1}, which seats at most {tables[_pin[i]].MaxSize}.");
                }
            }

            var needed = tables.Select((t, k) => (long)Math.Max(t.MinSize, pinnedAt[k])).Sum();
            if (needed > present)
            {
                throw new SeatingProblemException(
                    $"{round}{present} people are present, but the tables' minimum sizes, with the people pinned to them, need {needed}.");
            }

            foreach (var group in _apartGroups)
            {
                var members = group.Where(i => IsPresent(r, i)).ToArray();
                var usable = tables.Count(t => t.MaxSize > 0);
                if (members.Length > usable)
                {
                    throw new SeatingProblemException(
                        $"{round}{members.Length} people who must sit apart ({Describe(members)}) are present, but there are only {usable} tables.");
                }

                foreach (var clash in members.Where(i => _pin[i] >= 0).GroupBy(i => _pin[i]).Where(g => g.Count() > 1))
                {
                    throw new SeatingProblemException(
                        $"{Describe([.. clash])} must sit apart but are all pinned to table {clash.Key + 1}.");
                }
            }
        }
    }

    private string Describe(int[] people) =>
        people.Length <= 6
            ? string.Join(", ", people.Select(NameOf))
            : string.Join(", ", people.Take(5).Select(NameOf)) + $" and {people.Length - 5} more";
}
