namespace Goen.Core.Seating;

/// <summary>
/// A dense symmetric matrix of non-negative values, one for each unordered pair of people: how much two
/// people gain from sitting at the same table.
/// </summary>
/// <remarks>
/// <para>
/// The matrix is stored flat, row by row, in doubles, so the optimizer can read a whole row as a span.
/// Setting <c>[i, j]</c> sets <c>[j, i]</c> too; the diagonal is always zero. For 2,000 people the
/// matrix takes 32 MB.
/// </para>
/// <para>This type is not thread-safe for writing; once filled it can be read from any thread.</para>
/// </remarks>
public sealed class PairValues
{
    private readonly double[] _values;

    /// <summary>Creates a matrix for <paramref name="count"/> people with every value zero.</summary>
    /// <param name="count">The number of people.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public PairValues(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
        _values = new double[(long)count * count];
    }

    /// <summary>Gets the number of people.</summary>
    public int Count { get; }

    /// <summary>Gets or sets the value of the pair (<paramref name="first"/>, <paramref name="second"/>).</summary>
    /// <param name="first">A person, 0-based.</param>
    /// <param name="second">Another person, 0-based.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A person is out of range, or the value being set is negative, not finite, or on the diagonal and not zero.
    /// </exception>
    public double this[int first, int second]
    {
        get
        {
            CheckIndex(first);
            CheckIndex(second);
            return _values[first * Count + second];
        }
        set
        {
            CheckIndex(first);
            CheckIndex(second);
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A pair value must be finite and not negative.");
            }

            if (first == second && value != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A person has no value with themself.");
            }

            _values[first * Count + second] = value;
            _values[second * Count + first] = value;
        }
    }

    /// <summary>Gets the largest value in the matrix, or zero if it is empty.</summary>
    public double Max()
    {
        var max = 0.0;
        foreach (var value in _values)
        {
            max = Math.Max(max, value);
        }

        return max;
    }

    /// <summary>Gets the values of <paramref name="person"/> with everyone, indexed by the other person.</summary>
    internal ReadOnlySpan<double> Row(int person) => _values.AsSpan(person * Count, Count);

    internal double[] Raw => _values;

    private void CheckIndex(int person)
    {
        if ((uint)person >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(person), person, $"A person must be in 0..{Count - 1}.");
        }
    }
}
