namespace Goen.Core.Seating;

/// <summary>A seating plan: for each round, the tables, and for each table, the people seated at it.</summary>
/// <remarks>
/// People are 0-based indexes into the problem's people; tables are in the order of the round's
/// <see cref="TableSpec"/>s, and a table may be empty. A plan is immutable. Whether it is valid for a problem
/// is for <see cref="PlanChecker"/> to say.
/// </remarks>
public sealed class SeatingPlan
{
    private readonly int[][][] _rounds;

    /// <summary>Creates a plan from its rounds, each a list of tables, each a list of people.</summary>
    /// <exception cref="ArgumentNullException">A round or a table is null.</exception>
    public SeatingPlan(IEnumerable<IEnumerable<IEnumerable<int>>> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        _rounds = [.. rounds.Select(r => r.Select(t => t.ToArray()).ToArray())];
    }

    /// <summary>Gets the rounds of the plan.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> Rounds => _rounds;

    /// <summary>Gets the number of rounds.</summary>
    public int RoundCount => _rounds.Length;

    /// <summary>Gets the table <paramref name="person"/> sits at in <paramref name="round"/>, or -1 if they are not seated.</summary>
    /// <exception cref="IndexOutOfRangeException">The round is out of range.</exception>
    public int TableOf(int round, int person)
    {
        var tables = _rounds[round];
        for (var t = 0; t < tables.Length; t++)
        {
            if (Array.IndexOf(tables[t], person) >= 0)
            {
                return t;
            }
        }

        return -1;
    }
}
