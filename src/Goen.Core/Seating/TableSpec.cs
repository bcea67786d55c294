namespace Goen.Core.Seating;

/// <summary>The number of people one table seats in a round: at least <see cref="MinSize"/>, at most <see cref="MaxSize"/>.</summary>
/// <remarks>
/// Equal tables are <see cref="Fixed"/>; a table that may be left empty has a <see cref="MinSize"/> of zero.
/// </remarks>
public readonly record struct TableSpec
{
    /// <summary>Creates a table that seats between <paramref name="minSize"/> and <paramref name="maxSize"/> people.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="minSize"/> is negative, or <paramref name="maxSize"/> is less than one or less than <paramref name="minSize"/>.
    /// </exception>
    public TableSpec(int minSize, int maxSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, Math.Max(1, minSize));
        MinSize = minSize;
        MaxSize = maxSize;
    }

    /// <summary>Gets the fewest people the table may seat.</summary>
    public int MinSize { get; }

    /// <summary>Gets the most people the table may seat.</summary>
    public int MaxSize { get; }

    /// <summary>Creates a table that seats exactly <paramref name="size"/> people.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is less than one.</exception>
    public static TableSpec Fixed(int size) => new(size, size);

    /// <summary>
    /// Lays out tables for <paramref name="people"/> people at tables of about <paramref name="size"/>: as few
    /// tables as seat everyone, each seating between <paramref name="minSize"/> and <paramref name="maxSize"/>.
    /// </summary>
    /// <remarks>
    /// This is the layout an organizer means by "tables of six": 300 people give 50 tables of 6; 301 people
    /// with <paramref name="minSize"/> 5 give 51 tables of 5 or 6.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="size"/> is less than one or outside <paramref name="minSize"/>..<paramref name="maxSize"/>.
    /// </exception>
    /// <exception cref="SeatingProblemException">No number of such tables seats exactly <paramref name="people"/> people.</exception>
    public static IReadOnlyList<TableSpec> Layout(int people, int size, int minSize, int maxSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(people);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, minSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, maxSize);
        var spec = new TableSpec(minSize, maxSize);
        var tables = Math.Max(1, (people + size - 1) / size);
        while ((long)tables * minSize > people && tables > 1)
        {
            tables--;
        }

        if ((long)tables * minSize > people || (long)tables * maxSize < people)
        {
            throw new SeatingProblemException(
                $"{people} people cannot be seated at tables of {minSize}–{maxSize}: no number of such tables seats exactly {people}.");
        }

        return Enumerable.Repeat(spec, tables).ToArray();
    }
}
