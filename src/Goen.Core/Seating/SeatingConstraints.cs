namespace Goen.Core.Seating;

/// <summary>The hard rules of a seating plan besides table sizes: who must sit apart, and who is fixed to a table.</summary>
/// <remarks>
/// Build one with <see cref="KeepApart(int, int)"/>, <see cref="KeepApart(IReadOnlyList{string})"/> and
/// <see cref="Pin"/>, then pass it to <see cref="SeatingProblem"/>, which checks that the rules can be met
/// together. Table numbers are 0-based indexes into a round's tables.
/// </remarks>
public sealed class SeatingConstraints
{
    private readonly List<int[]> _apartGroups = [];
    private readonly Dictionary<int, int> _pins = [];

    /// <summary>Gets the groups of people no two of whom may share a table, such as colleagues from one organization.</summary>
    public IReadOnlyList<IReadOnlyList<int>> ApartGroups => _apartGroups;

    /// <summary>Gets the table each pinned person sits at in every round they are present, such as a table's host.</summary>
    public IReadOnlyDictionary<int, int> Pins => _pins;

    /// <summary>Requires <paramref name="first"/> and <paramref name="second"/> never to share a table.</summary>
    /// <returns>This object, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A person is negative.</exception>
    /// <exception cref="ArgumentException">The two people are the same.</exception>
    public SeatingConstraints KeepApart(int first, int second)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(second);
        if (first == second)
        {
            throw new ArgumentException($"Person {first} cannot be kept apart from themself.", nameof(second));
        }

        _apartGroups.Add([first, second]);
        return this;
    }

    /// <summary>
    /// Requires people who share a non-blank key — an organization, say — never to share a table;
    /// <paramref name="keyByPerson"/> gives each person's key, or null or blank for none.
    /// </summary>
    /// <remarks>Keys are compared ordinally after trimming.</remarks>
    /// <returns>This object, for chaining.</returns>
    public SeatingConstraints KeepApart(IReadOnlyList<string?> keyByPerson)
    {
        ArgumentNullException.ThrowIfNull(keyByPerson);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var person = 0; person < keyByPerson.Count; person++)
        {
            var key = keyByPerson[person]?.Trim();
            if (!string.IsNullOrEmpty(key))
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }

                members.Add(person);
            }
        }

        foreach (var members in groups.Values.Where(g => g.Count > 1))
        {
            _apartGroups.Add([.. members]);
        }

        return this;
    }

    /// <summary>Fixes <paramref name="person"/> to <paramref name="table"/> in every round they are present.</summary>
    /// <returns>This object, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The person or the table is negative.</exception>
    /// <exception cref="ArgumentException">The person is already pinned to another table.</exception>
    public SeatingConstraints Pin(int person, int table)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(person);
        ArgumentOutOfRangeException.ThrowIfNegative(table);
        if (_pins.TryGetValue(person, out var existing) && existing != table)
        {
            throw new ArgumentException($"Person {person} is already pinned to table {existing}.", nameof(person));
        }

        _pins[person] = table;
        return this;
    }
}
