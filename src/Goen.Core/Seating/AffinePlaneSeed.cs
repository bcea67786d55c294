namespace Goen.Core.Seating;

/// <summary>
/// A starting plan for the unweighted problem from finite geometry: with q groups, q a prime power, and groups of
/// s ≤ q, the lines of the affine plane over GF(q) give q rounds (q + 1 when s = q) in which no pair meets twice.
/// </summary>
/// <remarks>
/// Person x·q + y is the point (x, y), x among the first s field elements. In round m the groups are the lines
/// y = m·x + c; two points with different x share exactly one slope m, and points with the same x never meet.
/// When s = q the vertical lines x = c add one more round. This is the classic construction behind the SGP's
/// affine-plane instances (7×7×8, 8×8×9), which local search alone rarely finds.
/// </remarks>
internal static class AffinePlaneSeed
{
    /// <summary>Builds up to <paramref name="rounds"/> conflict-free rounds for <paramref name="groups"/> groups of <paramref name="size"/>, or null if the construction does not apply.</summary>
    public static int[][][]? TryBuild(int groups, int size, int rounds)
    {
        if (size < 2 || size > groups || groups > 256 || !TryField(groups, out var add, out var multiply))
        {
            return null;
        }

        var q = groups;
        var count = Math.Min(rounds, size == q ? q + 1 : q);
        var plan = new int[count][][];
        for (var m = 0; m < Math.Min(count, q); m++)
        {
            plan[m] = new int[q][];
            for (var c = 0; c < q; c++)
            {
                plan[m][c] = new int[size];
                for (var x = 0; x < size; x++)
                {
                    plan[m][c][x] = x * q + add[multiply[m, x], c];
                }
            }
        }

        if (count > q)
        {
            plan[q] = [.. Enumerable.Range(0, q).Select(x => Enumerable.Range(0, q).Select(y => x * q + y).ToArray())];
        }

        return plan;
    }

    /// <summary>Builds the addition and multiplication tables of GF(q), if q is a prime power.</summary>
    private static bool TryField(int q, out int[,] add, out int[,] multiply)
    {
        (add, multiply) = (new int[0, 0], new int[0, 0]);
        var p = 2;
        while (q % p != 0)
        {
            p++;
        }

        var k = 0;
        for (var rest = q; rest > 1; rest /= p, k++)
        {
            if (rest % p != 0)
            {
                return false;
            }
        }

        add = new int[q, q];
        for (var a = 0; a < q; a++)
        {
            for (var b = 0; b < q; b++)
            {
                add[a, b] = Combine(a, b, p, k, (x, y) => (x + y) % p);
            }
        }

        // Elements are polynomials over GF(p) of degree < k, written in base p; try each monic polynomial of
        // degree k as the modulus until multiplication makes a field (every non-zero element invertible).
        for (var tail = 0; tail < q; tail++)
        {
            var table = new int[q, q];
            for (var a = 0; a < q; a++)
            {
                for (var b = 0; b < q; b++)
                {
                    table[a, b] = MultiplyModulo(a, b, tail, p, k);
                }
            }

            var isField = Enumerable.Range(1, q - 1).All(a => Enumerable.Range(1, q - 1).Any(b => table[a, b] == 1));
            if (isField)
            {
                multiply = table;
                return true;
            }
        }

        return false;
    }

    private static int Combine(int a, int b, int p, int k, Func<int, int, int> digit)
    {
        var (result, weight) = (0, 1);
        for (var d = 0; d < k; d++, a /= p, b /= p, weight *= p)
        {
            result += digit(a % p, b % p) * weight;
        }

        return result;
    }

    /// <summary>Multiplies two field elements modulo x^k + tail (tail's base-p digits are its lower coefficients).</summary>
    private static int MultiplyModulo(int a, int b, int tail, int p, int k)
    {
        var product = new int[2 * k];
        var (da, db) = (Digits(a, p, k), Digits(b, p, k));
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                product[i + j] = (product[i + j] + da[i] * db[j]) % p;
            }
        }

        var modulus = Digits(tail, p, k);
        for (var d = 2 * k - 1; d >= k; d--)
        {
            var c = product[d];
            if (c == 0)
            {
                continue;
            }

            product[d] = 0;
            for (var i = 0; i < k; i++)
            {
                product[d - k + i] = ((product[d - k + i] - c * modulus[i]) % p + p) % p;
            }
        }

        var (result, weight) = (0, 1);
        for (var i = 0; i < k; i++, weight *= p)
        {
            result += product[i] * weight;
        }

        return result;
    }

    private static int[] Digits(int value, int p, int k)
    {
        var digits = new int[k];
        for (var i = 0; i < k; i++, value /= p)
        {
            digits[i] = value % p;
        }

        return digits;
    }
}
