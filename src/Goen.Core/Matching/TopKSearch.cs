using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Goen.Core.Matching;

/// <summary>
/// Finds, for one query row, the k documents with the highest dot product, exactly, by accumulating
/// over the postings of the query's features (term-at-a-time).
/// </summary>
/// <remarks>
/// <para>Only documents that share a feature with the query are ever touched, so sparse communities
/// cost far less than all pairs. Threshold-style early termination (Fagin's TA, MaxScore) was tried
/// and measured slower here: help and small-talk scores are low cosines spread over many features,
/// which keeps their bounds loose (docs/decisions/0002-exact-top-k.md).</para>
/// <para>Ties are broken by document index, so results do not depend on the order of work.</para>
/// </remarks>
internal sealed class TopKSearch
{
    private readonly SparseRows _queries;

    public TopKSearch(SparseRows queries, SparseRows documents, int features)
    {
        _queries = queries;
        Documents = documents.RowCount;
        Postings = documents.Transpose(features);
    }

    public int Documents { get; }

    /// <summary>For each feature, the documents that have it, ascending.</summary>
    public SparseRows Postings { get; }

    /// <summary>The k best documents for query row <paramref name="query"/>, leaving out document <paramref name="exclude"/> (-1 for none)
    /// and, when <paramref name="accept"/> is given, those it refuses, so one pass finds the k best that pass a check instead of
    /// ranking deeper and deeper. Up to a depth of 1,024 it is asked only about documents good enough to enter the k best; past
    /// that (where the scores are gathered and sorted once) it is asked about every document with a score. Documents scoring
    /// below <paramref name="least"/> are left out without asking (a floor the check would refuse anyway).</summary>
    public (int Document, float Score)[] Top(int query, int exclude, int k, Scratch scratch, Func<int, float, bool>? accept = null, float least = 0)
    {
        // s > 0 is s >= the least positive float, so one bound serves both.
        least = Math.Max(least, float.Epsilon);
        var features = _queries.Indices(query);
        var weights = _queries.Values(query);
        var start = Postings.Start;
        long reads = 0;
        for (var i = 0; i < features.Length; i++)
        {
            reads += start[features[i] + 1] - start[features[i]];
        }

        // A query that reaches more than a sixteenth of the community is cheaper to finish with one
        // sequential pass over all scores than by revisiting each document it touched (measured: the
        // crossover on 50,000 people lies between an eighth and a sixty-fourth).
        var dense = reads * 16 > Documents;
        if (accept is not null && k * CheckedDepth <= SortAbove)
        {
            // The check costs more than the scan: asked along the scan, it is asked of every document that enters the k best
            // for a while, most of which better ones push out later. So the best few times k are found first without it, and
            // it is asked in their order until k pass; only when too few of those pass is the scan done again with the check.
            // The check has no side effects, so the documents kept are the same.
            var depth = k * CheckedDepth;
            var first = dense
                ? TopDense(features, weights, exclude, depth, scratch, null, least)
                : TopSparse(features, weights, exclude, depth, scratch, null, least);
            var kept = new (int Document, float Score)[k];
            var count = 0;
            foreach (var (d, s) in first)
            {
                if (accept(d, s))
                {
                    kept[count++] = (d, s);
                    if (count == k)
                    {
                        return kept;
                    }
                }
            }

            if (first.Length < depth)
            {
                // Every document at or above the floor was among them.
                return kept[..count];
            }
        }

        return dense
            ? TopDense(features, weights, exclude, k, scratch, accept, least)
            : TopSparse(features, weights, exclude, k, scratch, accept, least);
    }

    // How many times k deep the ranking without the check goes before the check is asked. At 50,000 people (k = 11), 2, 3, 4,
    // 6 and 8 deep leave 18, 14, 12, 10 and 9 % of the checked rankings to be done again; 3 and 4 measured the same
    // (docs/decisions/0026-checks-after-the-ranking.md).
    private const int CheckedDepth = 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Document, float Score)[] TopSparse(ReadOnlySpan<int> features, ReadOnlySpan<float> weights, int exclude, int k, Scratch scratch, Func<int, float, bool>? accept, float least)
    {
        var start = Postings.Start;
        var touched = scratch.Touched;
        var count = 0;

        // The hot loop of all-pairs suggestions: no bounds checks (indices come from the index itself),
        // and no branch on whether a document is new to the query, which is unpredictable.
        ref var score = ref MemoryMarshal.GetArrayDataReference(scratch.Score);
        ref var index = ref MemoryMarshal.GetArrayDataReference(Postings.Index);
        ref var value = ref MemoryMarshal.GetArrayDataReference(Postings.Value);
        ref var touchedRef = ref MemoryMarshal.GetArrayDataReference(touched);
        for (var i = 0; i < features.Length; i++)
        {
            var w = weights[i];
            var end = start[features[i] + 1];
            for (var p = start[features[i]]; p < end; p++)
            {
                var d = Unsafe.Add(ref index, p);
                ref var s = ref Unsafe.Add(ref score, d);
                Unsafe.Add(ref touchedRef, count) = d;
                count += s == 0 ? 1 : 0;
                s += w * Unsafe.Add(ref value, p);
            }
        }

        if (k > SortAbove)
        {
            var gathered = 0;
            var all = scratch.Score;
            for (var t = 0; t < count; t++)
            {
                var d = touched[t];
                var s = all[d];
                all[d] = 0;
                if (d != exclude && s >= least && (accept is null || accept(d, s)))
                {
                    scratch.Pairs[gathered++] = (d, s);
                }
            }

            return Sorted(scratch.Pairs, gathered, k);
        }

        var best = scratch.Best(k);
        var found = 0;
        var scores = scratch.Score;
        for (var t = 0; t < count; t++)
        {
            var d = touched[t];
            var s = scores[d];
            scores[d] = 0;
            if (d != exclude && s >= least && (found < k || Better(d, s, best[k - 1])) && (accept is null || accept(d, s)))
            {
                Insert(best, ref found, d, s);
            }
        }

        return best[..found];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Document, float Score)[] TopDense(ReadOnlySpan<int> features, ReadOnlySpan<float> weights, int exclude, int k, Scratch scratch, Func<int, float, bool>? accept, float least)
    {
        var start = Postings.Start;
        ref var score = ref MemoryMarshal.GetArrayDataReference(scratch.Score);
        ref var index = ref MemoryMarshal.GetArrayDataReference(Postings.Index);
        ref var value = ref MemoryMarshal.GetArrayDataReference(Postings.Value);
        for (var i = 0; i < features.Length; i++)
        {
            var w = weights[i];
            var end = start[features[i] + 1];
            for (var p = start[features[i]]; p < end; p++)
            {
                Unsafe.Add(ref score, Unsafe.Add(ref index, p)) += w * Unsafe.Add(ref value, p);
            }
        }

        if (k > SortAbove)
        {
            var gathered = 0;
            var all = scratch.Score;
            for (var d = 0; d < Documents; d++)
            {
                var s = all[d];
                all[d] = 0;
                if (d != exclude && s >= least && (accept is null || accept(d, s)))
                {
                    scratch.Pairs[gathered++] = (d, s);
                }
            }

            return Sorted(scratch.Pairs, gathered, k);
        }

        // Skip whole vectors of scores that cannot enter the top k, clearing each vector as it is left: one pass over the
        // scores instead of a second one to clear them (Buffer.ZeroMemory was 5% of a 50,000-person run's samples). Within a
        // vector only the scores at or above the bar (the least score until k are found, then the k-th best's) are looked at,
        // by the bits of one comparison; the bar only rises, so a score under it at the vector's start stays out.
        var best = scratch.Best(k);
        var found = 0;
        var floor = 0f;
        ref var scores = ref MemoryMarshal.GetArrayDataReference(scratch.Score);
        var n = Documents;
        var width = VectorWidth;
        var block = 0;
        for (; width > 0 && block <= n - width; block += width)
        {
            for (var hits = AtLeast(ref scores, block, found < k ? least : floor); hits != 0; hits &= hits - 1)
            {
                var d = block + BitOperations.TrailingZeroCount(hits);
                var s = Unsafe.Add(ref scores, d);
                if (d != exclude && s >= least && (found < k || Better(d, s, best[k - 1])) && (accept is null || accept(d, s)))
                {
                    Insert(best, ref found, d, s);
                    floor = best[found - 1].Score;
                }
            }

            Clear(ref scores, block);
        }

        for (var d = block; d < n; d++)
        {
            var s = Unsafe.Add(ref scores, d);
            Unsafe.Add(ref scores, d) = 0;
            if (d != exclude && s >= least && (found < k || Better(d, s, best[k - 1])) && (accept is null || accept(d, s)))
            {
                Insert(best, ref found, d, s);
                floor = best[found - 1].Score;
            }
        }

        return best[..found];
    }

    // The scores one comparison covers: the widest vector the processor has (0 for none: the scan then goes one by one). The
    // JIT reads IsHardwareAccelerated as a constant, so only one branch is compiled here and below.
    private static int VectorWidth =>
        Vector512.IsHardwareAccelerated ? Vector512<float>.Count
        : Vector256.IsHardwareAccelerated ? Vector256<float>.Count
        : Vector128.IsHardwareAccelerated ? Vector128<float>.Count
        : 0;

    // One bit per score of the vector at `at` that is at or above the bar, the first score's lowest.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AtLeast(ref float scores, int at, float bar) =>
        Vector512.IsHardwareAccelerated ? Vector512.GreaterThanOrEqual(Vector512.LoadUnsafe(ref scores, (nuint)at), Vector512.Create(bar)).ExtractMostSignificantBits()
        : Vector256.IsHardwareAccelerated ? Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref scores, (nuint)at), Vector256.Create(bar)).ExtractMostSignificantBits()
        : Vector128.GreaterThanOrEqual(Vector128.LoadUnsafe(ref scores, (nuint)at), Vector128.Create(bar)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Clear(ref float scores, int at)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<float>.Zero.StoreUnsafe(ref scores, (nuint)at);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Vector256<float>.Zero.StoreUnsafe(ref scores, (nuint)at);
        }
        else
        {
            Vector128<float>.Zero.StoreUnsafe(ref scores, (nuint)at);
        }
    }

    // Past this depth, keeping the best in order by insertion costs up to k moves a candidate (a re-ranking that had to go
    // thousands deep spent most of its time there): gather every candidate and sort once instead. Same order, same result.
    private const int SortAbove = 1024;

    private static (int Document, float Score)[] Sorted((int Document, float Score)[] pairs, int count, int k)
    {
        var found = pairs.AsSpan(0, count);
        found.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Document.CompareTo(b.Document));
        return found[..Math.Min(count, k)].ToArray();
    }

    // Keeps the best in order: higher score first, then lower index.
    private static void Insert((int Document, float Score)[] best, ref int count, int document, float score)
    {
        var at = count < best.Length ? count++ : count - 1;
        while (at > 0 && Better(document, score, best[at - 1]))
        {
            best[at] = best[at - 1];
            at--;
        }

        best[at] = (document, score);
    }

    private static bool Better(int document, float score, (int Document, float Score) other) =>
        score > other.Score || (score == other.Score && document < other.Document);

    /// <summary>Per-thread buffers, sized for the community.</summary>
    internal sealed class Scratch(int documents)
    {
        [ThreadStatic]
        private static Scratch? _cached;

        /// <summary>This thread's buffers, reused from call to call while they are large enough.</summary>
        public static Scratch ForThread(int documents) =>
            _cached is { } cached && cached.Score.Length >= documents ? cached : _cached = new Scratch(documents);

        private (int Document, float Score)[] _best = [];

        public float[] Score { get; } = new float[documents];

        public int[] Touched { get; } = new int[documents];

        /// <summary>Room for every document's score, for a ranking deeper than insertion suits; made on first use.</summary>
        public (int Document, float Score)[] Pairs => _pairs ??= new (int, float)[Score.Length];

        private (int Document, float Score)[]? _pairs;

        public (int Document, float Score)[] Best(int k) => _best.Length == k ? _best : _best = new (int, float)[k];
    }
}
