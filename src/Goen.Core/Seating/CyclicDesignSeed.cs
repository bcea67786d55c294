namespace Goen.Core.Seating;

/// <summary>
/// Starting plans for the Social Golfer instances that reach their known maximum only through a design — Kirkman and
/// nearly Kirkman triple systems, and resolvable designs and group divisible designs with blocks of 4 — built by
/// developing base rounds cyclically.
/// </summary>
/// <remarks>
/// <para>
/// People are the points (x, level) with x in Z_m, numbered level·m + x, and a few fixed points numbered after them.
/// Round r (r &lt; m) is the base round with every x shifted by r, the fixed points staying. Shifting keeps a pair's
/// levels and its difference (y − x between two levels, ±(y − x) within one, or the level of a fixed point's
/// partner), so the m rounds seat no pair twice exactly when no such difference occurs twice in the base round (and,
/// for even m, no table holds x and x + m/2 of one level). Some designs add transversal rounds after the m developed
/// ones: the tables {(x + o_j, level j)} for each x, whose differences o_j − o_i the base round leaves out. One design
/// (8×4) has several base rounds, each developed by only d shifts (d dividing m) because the shift by d leaves it
/// unchanged; then no difference may occur twice among all of them, counting a base round's pairs once per shift.
/// </para>
/// <para>
/// The base rounds and offsets were found by computer search (the exact-cover search in scripts/golfer-designs.c, and
/// for 8×4 the SAT encoding in scripts/golfer-sat.py; decision 0017); what is used here is only their development,
/// and tests check every plan with <see cref="PlanChecker"/>.
/// </para>
/// </remarks>
internal static class CyclicDesignSeed
{
    private sealed record Design(int Groups, int Size, int Modulus, int Levels, Developed[] Bases, int[][] Transversals)
    {
        public int Rounds => Bases.Sum(b => b.Shifts) + Transversals.Length;
    }

    /// <summary>A base round and how many of its shifts (0, 1, …) are rounds: the modulus, or a divisor d of it when the base round is unchanged by the shift by d.</summary>
    private sealed record Developed(int Shifts, int[][] Tables);

    private static readonly Design[] Designs =
    [
        // 7×3×10: a Kirkman triple system KTS(21) on Z_7 × 3 levels, with 3 transversal rounds.
        new(7, 3, 7, 3,
            [new(7, [[12, 15, 19], [1, 17, 18], [3, 14, 16], [9, 11, 20], [4, 7, 8], [5, 10, 13], [0, 2, 6]])],
            [[0, 6, 0], [0, 0, 5], [0, 2, 1]]),

        // 8×3×11: a nearly Kirkman triple system NKTS(24) on Z_11 × 2 levels and 2 fixed points.
        new(8, 3, 11, 2,
            [new(11, [[6, 11, 22], [0, 14, 23], [4, 13, 19], [12, 15, 16], [5, 7, 17], [1, 18, 20], [3, 8, 21], [2, 9, 10]])],
            []),

        // 6×4×7: a resolvable 4-GDD of type 3^8 on Z_7 × 3 levels and 3 fixed points.
        new(6, 4, 7, 3,
            [new(7, [[5, 10, 15, 21], [3, 9, 16, 22], [4, 8, 12, 13], [7, 17, 18, 20], [1, 11, 19, 23], [0, 2, 6, 14]])],
            []),

        // 7×4×9: a resolvable (28, 4, 1)-BIBD on Z_7 × 4 levels, with 2 transversal rounds.
        new(7, 4, 7, 4,
            [new(7, [[7, 13, 22, 27], [0, 3, 9, 11], [8, 12, 18, 20], [5, 10, 19, 21], [4, 6, 24, 25], [15, 16, 23, 26], [1, 2, 14, 17]])],
            [[0, 0, 4, 3], [0, 3, 3, 1]]),

        // 8×4×10: a resolvable 4-GDD of type 2^16 on Z_8 × 4 levels, from three base rounds developed 4, 4 and 2 times
        // (the first two are unchanged by the shift by 4, the third by the shift by 2); found by the SAT encoding in
        // scripts/golfer-sat.py, structure z8-4-4-2.
        new(8, 4, 8, 4,
            [
                new(4, [[0, 6, 10, 16], [1, 12, 25, 27], [2, 4, 14, 20], [3, 17, 23, 28], [5, 8, 29, 31], [7, 19, 21, 24], [9, 15, 18, 26], [11, 13, 22, 30]]),
                new(4, [[0, 3, 30, 31], [1, 2, 10, 15], [4, 7, 26, 27], [5, 6, 11, 14], [8, 9, 16, 21], [12, 13, 17, 20], [18, 19, 25, 28], [22, 23, 24, 29]]),
                new(2, [[0, 15, 17, 29], [1, 5, 16, 20], [2, 9, 19, 31], [3, 7, 18, 22], [4, 11, 21, 25], [6, 13, 23, 27], [8, 12, 24, 28], [10, 14, 26, 30]]),
            ],
            []),

        // 9×4×11: a resolvable 4-GDD of type 3^12 on Z_11 × 3 levels and 3 fixed points.
        new(9, 4, 11, 3,
            [new(11, [[5, 14, 29, 35], [9, 17, 30, 34], [0, 12, 26, 33], [7, 13, 23, 32], [11, 15, 22, 27], [1, 2, 24, 31], [8, 19, 25, 28], [4, 6, 10, 20], [3, 16, 18, 21]])],
            []),
    ];

    /// <summary>Builds up to <paramref name="rounds"/> conflict-free rounds for <paramref name="groups"/> groups of <paramref name="size"/>, or null if no design here applies.</summary>
    public static int[][][]? TryBuild(int groups, int size, int rounds)
    {
        var design = Designs.FirstOrDefault(d => d.Groups == groups && d.Size == size);
        if (design is null || rounds < 1)
        {
            return null;
        }

        var m = design.Modulus;
        var cyclic = m * design.Levels;
        int Shift(int person, int by) => person >= cyclic ? person : (person / m * m) + ((person % m) + by) % m;

        var developed = design.Bases.SelectMany(b => Enumerable.Range(0, b.Shifts).Select(by => (b.Tables, By: by)));
        var transversal = design.Transversals.Select(offsets => (Tables: Enumerable.Range(0, m)
            .Select(x => offsets.Select((offset, level) => (level * m) + ((x + offset) % m)).ToArray()).ToArray(), By: 0));
        return [.. developed.Concat(transversal).Take(rounds)
            .Select(round => round.Tables.Select(table => table.Select(person => Shift(person, round.By)).ToArray()).ToArray())];
    }
}
