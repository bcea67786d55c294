using System.Globalization;

namespace Goen.Core.Seating;

/// <summary>An instance of the Social Golfer Problem: <c>g</c> groups of <c>s</c> golfers for <c>w</c> weeks, no two golfers together twice.</summary>
/// <remarks>
/// Written <c>g-s-w</c>, as in the literature: 8-4-10 is the original problem of 32 golfers. It is the
/// unweighted, many-round case of <see cref="SeatingProblem"/>: every pair value is zero, so only repeats count.
/// </remarks>
/// <param name="Groups">The number of groups each week.</param>
/// <param name="Size">The number of golfers in a group.</param>
/// <param name="Weeks">The number of weeks (rounds).</param>
public sealed record GolferInstance(int Groups, int Size, int Weeks)
{
    /// <summary>Gets the number of golfers.</summary>
    public int Golfers => Groups * Size;

    /// <summary>Gets the most weeks any plan could have without a repeat: ⌊(gs − 1)/(s − 1)⌋.</summary>
    public int WeekBound => Size > 1 ? (Golfers - 1) / (Size - 1) : int.MaxValue;

    /// <summary>Reads an instance written <c>g-s-w</c>, such as <c>8-4-10</c>.</summary>
    /// <exception cref="FormatException">The text is not three whole numbers of at least one, joined by hyphens.</exception>
    public static GolferInstance Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('-');
        var numbers = new int[3];
        if (parts.Length != 3 || !parts.Select((p, k) => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[k]) && numbers[k] > 0).All(ok => ok))
        {
            throw new FormatException($"A golfer instance is written g-s-w with three whole numbers of at least one, such as 8-4-10; found \"{text}\".");
        }

        return new GolferInstance(numbers[0], numbers[1], numbers[2]);
    }

    /// <summary>Makes the seating problem this instance describes: every pair value zero, equal tables every round.</summary>
    public SeatingProblem ToProblem() =>
        new(new PairValues(Golfers), Weeks, Enumerable.Repeat(TableSpec.Fixed(Size), Groups).ToArray());

    /// <inheritdoc/>
    public override string ToString() => $"{Groups}-{Size}-{Weeks}";
}
