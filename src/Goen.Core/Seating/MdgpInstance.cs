using System.Globalization;

namespace Goen.Core.Seating;

/// <summary>An instance of the Maximally Diverse Grouping Problem in the MDGPLIB text format.</summary>
/// <remarks>
/// <para>The format, as distributed with MDGPLIB (Gallego, Laguna, Martí &amp; Duarte):</para>
/// <code>
/// n m ss|ds a_1 b_1 … a_m b_m    n elements, m groups, then each group's lower and upper size
/// i j d                          one line per unordered pair, 0-based: n(n−1)/2 lines
/// </code>
/// <para>
/// <c>ss</c> means equal groups (every a = b = n/m); <c>ds</c> gives each group its own bounds. The objective is
/// the sum of d over pairs sharing a group, which is the single-round case of <see cref="SeatingProblem"/>.
/// </para>
/// </remarks>
public sealed class MdgpInstance
{
    private MdgpInstance(PairValues values, TableSpec[] groups, bool equalSizes)
    {
        Values = values;
        Groups = groups;
        EqualSizes = equalSizes;
    }

    /// <summary>Gets the value (diversity) of each pair of elements.</summary>
    public PairValues Values { get; }

    /// <summary>Gets the size bounds of each group.</summary>
    public IReadOnlyList<TableSpec> Groups { get; }

    /// <summary>Gets whether the instance is of the <c>ss</c> kind, with groups of one size.</summary>
    public bool EqualSizes { get; }

    /// <summary>Reads an instance from a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not a well-formed instance; the message gives the line.</exception>
    public static MdgpInstance Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }

    /// <summary>Reads an instance from text.</summary>
    /// <exception cref="FormatException">The text is not a well-formed instance; the message gives the line.</exception>
    public static MdgpInstance Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine() ?? throw new FormatException("Line 1: the instance is empty.");
        var tokens = Split(header);
        if (tokens.Length < 3)
        {
            throw new FormatException("Line 1: expected \"n m ss|ds\" followed by each group's lower and upper size.");
        }

        var n = ParseCount(tokens[0], 1, "the number of elements");
        var m = ParseCount(tokens[1], 1, "the number of groups");
        var kind = tokens[2];
        if (kind is not ("ss" or "ds"))
        {
            throw new FormatException($"Line 1: the kind must be \"ss\" or \"ds\", not \"{kind}\".");
        }

        if (tokens.Length != 3 + 2 * m)
        {
            throw new FormatException($"Line 1: {m} groups need {2 * m} sizes after the kind; found {tokens.Length - 3}.");
        }

        var groups = new TableSpec[m];
        for (var g = 0; g < m; g++)
        {
            var low = ParseCount(tokens[3 + 2 * g], 1, $"group {g + 1}'s lower size");
            var high = ParseCount(tokens[4 + 2 * g], 1, $"group {g + 1}'s upper size");
            if (low > high)
            {
                throw new FormatException($"Line 1: group {g + 1}'s lower size {low} is above its upper size {high}.");
            }

            groups[g] = new TableSpec(low, high);
        }

        var values = new PairValues(n);
        var seen = new bool[(long)n * n];
        var pairs = 0L;
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var fields = Split(line);
            if (fields.Length == 0)
            {
                continue;
            }

            if (fields.Length != 3
                || !int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var j)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                throw new FormatException($"Line {lineNumber}: expected \"i j d\" (two element numbers and a value), found \"{line.Trim()}\".");
            }

            if ((uint)i >= (uint)n || (uint)j >= (uint)n || i == j)
            {
                throw new FormatException($"Line {lineNumber}: elements must be two different numbers in 0..{n - 1}; found {i} and {j}.");
            }

            if (!double.IsFinite(d) || d < 0)
            {
                throw new FormatException($"Line {lineNumber}: the value must be finite and not negative; found {fields[2]}.");
            }

            var index = (long)Math.Min(i, j) * n + Math.Max(i, j);
            if (seen[index])
            {
                throw new FormatException($"Line {lineNumber}: the pair {i} {j} appears twice.");
            }

            seen[index] = true;
            values[i, j] = d;
            pairs++;
        }

        var expected = (long)n * (n - 1) / 2;
        if (pairs != expected)
        {
            throw new FormatException($"Line {lineNumber}: the instance ends after {pairs} pairs; {n} elements need {expected}.");
        }

        return new MdgpInstance(values, groups, kind == "ss");
    }

    /// <summary>Makes the one-round seating problem this instance describes.</summary>
    /// <exception cref="SeatingProblemException">The groups cannot hold exactly the elements.</exception>
    public SeatingProblem ToProblem() => new(Values, 1, Groups);

    private static string[] Split(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int ParseCount(string token, int min, string what) =>
        int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new FormatException($"Line 1: {what} must be a whole number of at least {min}; found \"{token}\".");
}
