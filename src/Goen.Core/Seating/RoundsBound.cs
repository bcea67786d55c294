namespace Goen.Core.Seating;

/// <summary>
/// How many rounds an event can have before someone must meet someone twice: the counting bound, and what known
/// constructions reach, for a number of people at tables laid out by <see cref="TableSpec.Layout"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Bound"/> counts pairs: each round seats at least <see cref="PairsPerRound"/> pairs together (tables as
/// even as the layout allows, which seats the fewest), and there are n(n − 1)/2 pairs to meet. With equal tables of k
/// this is ⌊(n − 1)/(k − 1)⌋: each round everyone meets k − 1 new people, out of n − 1. More rounds than this cannot
/// avoid repeats.
/// </para>
/// <para>
/// <see cref="KnownReachable"/> is the most rounds a known construction seats with no repeats — the Social Golfer
/// Problem with n = g·k. Those used: a round-robin for tables of 2; Kirkman triple systems for tables of 3 and
/// n ≡ 3 (mod 6) (Ray-Chaudhuri and Wilson 1971); resolvable designs for tables of 4 and n ≡ 4 (mod 12) (Hanani,
/// Ray-Chaudhuri and Wilson 1972); the affine plane over GF(g) when g is a prime power of at least k (g rounds, g + 1
/// when k = g); the published maxima of small instances (Harvey's Social Golfer table, as in docs/benchmarks.md); and,
/// for any g, the cyclic schedule that seats person (x, y) of a k × g grid at table y + m·x (mod g) in round m, which
/// repeats no pair for the least g / gcd(d, g) over d = 1 … k − 1 rounds. When tables are uneven the grid is filled
/// with placeholders in one row, so each table loses at most one seat and the affine and cyclic schedules still apply.
/// </para>
/// <para>
/// The optimizer seeds only the affine plane and the stored cyclic designs (decision 0017), and only for unweighted
/// problems with equal tables and no other rules; for events it searches. Far below
/// the bound it reaches the requested rounds at once (a 300-person event of 5 rounds at tables of 6, bound 59,
/// has its first plan without repeats in milliseconds); close to the bound it can fall short of what a construction
/// reaches (docs/benchmarks.md lists the Social Golfer rows where it does). So <see cref="RoundsVerdict.Reachable"/>
/// means a plan exists, not that every search finds it.
/// </para>
/// </remarks>
public sealed record RoundsBound
{
    // Harvey's table of Social Golfer maxima for small instances (groups, size, most rounds), as benchmarked.
    private static readonly (int Groups, int Size, int Rounds)[] KnownMaxima =
    [
        (4, 3, 4), (5, 3, 7), (6, 3, 8), (7, 3, 10), (8, 3, 11), (4, 4, 5), (5, 4, 5), (6, 4, 7), (7, 4, 9),
        (8, 4, 10), (9, 4, 11), (5, 5, 6), (6, 5, 6), (6, 6, 3), (7, 7, 8), (8, 8, 9),
    ];

    /// <summary>Gets the number of people.</summary>
    public required int People { get; init; }

    /// <summary>Gets the number of tables in each round.</summary>
    public required int Tables { get; init; }

    /// <summary>Gets the fewest pairs a round seats together.</summary>
    public required long PairsPerRound { get; init; }

    /// <summary>Gets the most rounds any plan can have without a repeat; <see cref="int.MaxValue"/> when nobody shares a table.</summary>
    public required int Bound { get; init; }

    /// <summary>Gets the most rounds a known construction seats without a repeat; at most <see cref="Bound"/>.</summary>
    public required int KnownReachable { get; init; }

    /// <summary>Gets the construction behind <see cref="KnownReachable"/>, in a few words.</summary>
    public required string Construction { get; init; }

    /// <summary>Computes the bound for <paramref name="people"/> people at tables of about <paramref name="tableSize"/>.</summary>
    /// <param name="people">The people present, at least one.</param>
    /// <param name="tableSize">The usual table size.</param>
    /// <param name="minTableSize">The fewest people at a table.</param>
    /// <param name="maxTableSize">The most people at a table.</param>
    /// <returns>The bound and what is known to be reachable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is less than one, or the sizes are out of order.</exception>
    /// <exception cref="SeatingProblemException">No layout of such tables seats exactly <paramref name="people"/> people.</exception>
    public static RoundsBound For(int people, int tableSize, int minTableSize, int maxTableSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(people, 1);
        var tables = TableSpec.Layout(people, tableSize, minTableSize, maxTableSize).Count;
        var small = people / tables;
        var large = people % tables;
        var pairs = (large * Pairs(small + 1)) + ((tables - large) * Pairs(small));
        var bound = pairs == 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, Pairs(people) / pairs);
        var (known, construction) = large == 0
            ? Known(tables, small, placeholders: 0)
            : Known(tables, small + 1, placeholders: tables - large);
        if (tables == 1)
        {
            (known, construction) = (people > 1 ? 1 : int.MaxValue, "one table");
        }

        return new RoundsBound
        {
            People = people,
            Tables = tables,
            PairsPerRound = pairs,
            Bound = bound,
            KnownReachable = Math.Min(known, bound),
            Construction = construction,
        };
    }

    /// <summary>Says whether <paramref name="rounds"/> rounds can be planned without anyone meeting twice.</summary>
    /// <param name="rounds">The rounds asked for.</param>
    /// <returns>Whether a plan is known to exist, cannot exist, or neither is known.</returns>
    public RoundsVerdict Judge(int rounds) =>
        rounds <= KnownReachable ? RoundsVerdict.Reachable
        : rounds <= Bound ? RoundsVerdict.Unknown
        : RoundsVerdict.RepeatsUnavoidable;

    private static long Pairs(long people) => people * (people - 1) / 2;

    /// <summary>The best construction for <paramref name="groups"/> groups of <paramref name="size"/>, with placeholders all in one row.</summary>
    private static (int Rounds, string Construction) Known(int groups, int size, int placeholders)
    {
        if (size <= 1)
        {
            return (int.MaxValue, "tables of one");
        }

        var n = groups * size;
        var best = (Rounds: Cyclic(groups, size), Construction: "cyclic schedule");
        void Consider(int rounds, string construction)
        {
            if (rounds > best.Rounds)
            {
                best = (rounds, construction);
            }
        }

        if (IsPrimePower(groups) && size <= groups)
        {
            Consider(size == groups ? groups + 1 : groups, "affine plane");
        }

        // The designs below have no row of placeholders to spare; one placeholder fits anywhere.
        if (placeholders <= 1)
        {
            if (size == 2)
            {
                Consider(n - 1, "round-robin");
            }

            if (size == 3 && n % 6 == 3)
            {
                Consider((n - 1) / 2, "Kirkman triple system");
            }

            if (size == 4 && n % 12 == 4)
            {
                Consider((n - 1) / 3, "resolvable design of blocks of 4");
            }

            foreach (var (g, s, rounds) in KnownMaxima)
            {
                if (g == groups && s == size)
                {
                    Consider(rounds, "published Social Golfer solution");
                }
            }
        }

        return best;
    }

    private static int Cyclic(int groups, int size)
    {
        var rounds = groups;
        for (var d = 1; d < size; d++)
        {
            rounds = Math.Min(rounds, groups / Gcd(d, groups));
        }

        return rounds;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    private static bool IsPrimePower(int q)
    {
        if (q < 2)
        {
            return false;
        }

        var p = 2;
        while (q % p != 0)
        {
            p++;
        }

        while (q % p == 0)
        {
            q /= p;
        }

        return q == 1;
    }
}
