using System.Runtime.CompilerServices;

namespace Goen.Core.Matching;

/// <summary>A sparse matrix in compressed rows: row <c>r</c> is <c>Index[Start[r]..Start[r+1]]</c> with its values, indices ascending.</summary>
internal sealed class SparseRows(int[] start, int[] index, float[] value)
{
    public int[] Start { get; } = start;

    public int[] Index { get; } = index;

    public float[] Value { get; } = value;

    public int RowCount => Start.Length - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Indices(int row) => Index.AsSpan(Start[row], Start[row + 1] - Start[row]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<float> Values(int row) => Value.AsSpan(Start[row], Start[row + 1] - Start[row]);

    /// <summary>Gets the value at (row, column), or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float Get(int row, int column)
    {
        var at = Indices(row).BinarySearch(column);
        return at >= 0 ? Value[Start[row] + at] : 0f;
    }

    /// <summary>The dot product of two rows (of this matrix and another with the same columns).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float Dot(int row, SparseRows other, int otherRow)
    {
        var a = Indices(row);
        var b = other.Indices(otherRow);
        var av = Values(row);
        var bv = other.Values(otherRow);
        var sum = 0f;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += av[i++] * bv[j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>The transpose: for each column, the rows that have it, ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SparseRows Transpose(int columns)
    {
        var counts = new int[columns + 1];
        foreach (var c in Index)
        {
            counts[c + 1]++;
        }

        for (var c = 0; c < columns; c++)
        {
            counts[c + 1] += counts[c];
        }

        var next = counts[..^1].ToArray();
        var index = new int[Index.Length];
        var value = new float[Index.Length];
        for (var r = 0; r < RowCount; r++)
        {
            for (var k = Start[r]; k < Start[r + 1]; k++)
            {
                var slot = next[Index[k]]++;
                index[slot] = r;
                value[slot] = Value[k];
            }
        }

        return new SparseRows(counts, index, value);
    }
}
