namespace Goen.Core.Seating;

/// <summary>What an organizer asks of an event's seating: rounds, table sizes, what a good table is worth, and how long to search.</summary>
/// <remarks>
/// <para>
/// Tables are laid out afresh for each round from the people present in it (<see cref="TableSpec.Layout"/>): as few
/// tables as seat everyone, each between <see cref="MinTableSize"/> and <see cref="MaxTableSize"/>. Give
/// <see cref="TableSize"/> alone for "tables of six", which seats odd counts at tables of five and six; give all
/// three, or just the minimum and maximum, for other ranges; give the same number to all three for tables of exactly
/// that size.
/// </para>
/// <para>
/// A pair's value is <see cref="HelpWeight"/> × (how much each can help the other) + <see cref="TalkWeight"/> × (how
/// much small-talk material they share), from <see cref="Goen.Core.Matching.CommunityIndex"/>.
/// </para>
/// </remarks>
public sealed record EventSeatingRequest
{
    /// <summary>Gets the number of rounds, 1 to 255.</summary>
    public required int Rounds { get; init; }

    /// <summary>Gets the usual number of people at a table; null for <see cref="MaxTableSize"/>.</summary>
    public int? TableSize { get; init; }

    /// <summary>Gets the fewest people at a table; null for one less than the usual size (at least one).</summary>
    public int? MinTableSize { get; init; }

    /// <summary>Gets the most people at a table; null for the usual size.</summary>
    public int? MaxTableSize { get; init; }

    /// <summary>Gets the weight of "can help each other". The default is 1.</summary>
    public double HelpWeight { get; init; } = 1;

    /// <summary>Gets the weight of "have something to talk about". The default is 0.5.</summary>
    public double TalkWeight { get; init; } = 0.5;

    /// <summary>Gets how long and how the optimizer searches. The default searches for ten seconds.</summary>
    public SeatingOptions Search { get; init; } = new();

    /// <summary>Gets the usual, smallest and largest table sizes this request means.</summary>
    /// <returns>The three sizes, with the defaults filled in.</returns>
    /// <exception cref="SeatingProblemException">No size is given, or the sizes contradict each other.</exception>
    public (int Size, int Min, int Max) TableSizes()
    {
        var size = TableSize ?? MaxTableSize ?? throw new SeatingProblemException("Give a table size, or the smallest and largest table sizes.");
        var min = MinTableSize ?? Math.Max(1, size - 1);
        var max = MaxTableSize ?? size;
        if (size < 1 || min < 1 || min > size || max < size)
        {
            throw new SeatingProblemException(
                $"Tables of {size} must seat at least 1 and lie within the smallest size ({min}) and the largest ({max}).");
        }

        return (size, min, max);
    }
}
