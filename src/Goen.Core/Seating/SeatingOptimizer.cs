namespace Goen.Core.Seating;

/// <summary>Finds good seating plans: the most value from who sits with whom, with no pair meeting twice.</summary>
/// <remarks>
/// <para>
/// The optimizer builds a plan greedily, round by round (for the unweighted Social Golfer case it starts instead from
/// a known design — a Kirkman or nearly Kirkman triple system, a resolvable design with tables of 4 — where one is
/// stored for that size, or from the affine plane when the number of tables is a prime power), then improves it by an iterated
/// tabu search over swaps
/// of two people between tables of a round, and moves of one person where table sizes may vary. While any pair
/// meets twice or people who must sit apart share a table, the search works on those people first; a plan with
/// fewer repeats is always preferred to one with more value.
/// </para>
/// <para>
/// The search is deterministic for a given <see cref="SeatingOptions.Seed"/> when it is stopped by
/// <see cref="SeatingOptions.MaxIterations"/>. It uses one thread, or <see cref="SeatingOptions.Threads"/> independent
/// searches side by side.
/// </para>
/// </remarks>
public static class SeatingOptimizer
{
    /// <summary>Plans every round of <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem to plan.</param>
    /// <param name="options">The search's limits and seed, or null for the defaults.</param>
    /// <param name="progress">Receives reports while the search runs, or null.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The best plan found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The search was cancelled.</exception>
    public static SeatingResult Optimize(
        SeatingProblem problem,
        SeatingOptions? options = null,
        IProgress<SeatingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Solve(problem, null, 0, options ?? new SeatingOptions(), progress, cancellationToken);
    }

    /// <summary>
    /// Re-plans the rounds after <paramref name="roundsHeld"/> when presence has changed — no-shows, walk-ins,
    /// early departures — keeping the rounds already held exactly as they were.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <paramref name="problem"/> describes the whole event as it now stands: every person (walk-ins get new
    /// numbers after the original people), and who is present in each round. Its held rounds must match
    /// <paramref name="previous"/>: the same tables, and the same people present. Pairs who met in the held rounds
    /// count as having met.
    /// </para>
    /// <para>
    /// People hold printed itineraries from <paramref name="previous"/>, so a re-plan disturbs as few of them as it
    /// can. In order: pinned people stay at their tables; nobody who must sit apart shares a table; no pair meets
    /// twice; then each seat of a person who stays, in each remaining round, is kept unless moving it gains more
    /// value than <see cref="SeatingOptions.MoveCost"/> allows. A plan with fewer broken apart-rules or repeats is
    /// always preferred, however many seats it moves. The search starts from <paramref name="previous"/>'s remaining rounds with walk-ins
    /// in the seats no-shows left, moving people only where a table would otherwise be below its minimum size.
    /// <see cref="SeatingResult.MovedSeats"/> says how many seats changed.
    /// </para>
    /// </remarks>
    /// <param name="problem">The event as it now stands.</param>
    /// <param name="previous">The plan being changed.</param>
    /// <param name="roundsHeld">The rounds already held, which do not change.</param>
    /// <param name="options">The search's limits and seed, or null for the defaults.</param>
    /// <param name="progress">Receives reports while the search runs, or null.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The best plan found, with the held rounds unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roundsHeld"/> is negative or more than the rounds planned.</exception>
    /// <exception cref="SeatingProblemException">A held round of <paramref name="previous"/> does not fit <paramref name="problem"/>.</exception>
    /// <exception cref="OperationCanceledException">The search was cancelled.</exception>
    public static SeatingResult Replan(
        SeatingProblem problem,
        SeatingPlan previous,
        int roundsHeld,
        SeatingOptions? options = null,
        IProgress<SeatingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentOutOfRangeException.ThrowIfNegative(roundsHeld);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(roundsHeld, Math.Min(previous.RoundCount, problem.RoundCount));
        CheckHeldRounds(problem, previous, roundsHeld);
        return Solve(problem, previous, roundsHeld, options ?? new SeatingOptions(), progress, cancellationToken);
    }

    private static SeatingResult Solve(
        SeatingProblem problem,
        SeatingPlan? previous,
        int roundsHeld,
        SeatingOptions options,
        IProgress<SeatingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var start = options.Clock.GetTimestamp();
        if (options.Threads == 1)
        {
            return Search(problem, previous, roundsHeld, options, options.Seed, start, progress, cancellationToken);
        }

        var merged = progress is null ? null : new BestProgress(progress, options.Threads);
        var results = new SeatingResult[options.Threads];
        Parallel.For(0, options.Threads, new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken }, k =>
            results[k] = Search(problem, previous, roundsHeld, options, unchecked(options.Seed + k), start, merged?.For(k), cancellationToken));

        // Fewest apart violations, then fewest repeats, then most value; on a tie the first seed's, so the result is deterministic.
        var best = results[0];
        foreach (var result in results.Skip(1))
        {
            if ((result.ApartViolations, result.Repeats).CompareTo((best.ApartViolations, best.Repeats)) < 0
                || (result.ApartViolations == best.ApartViolations && result.Repeats == best.Repeats && result.Objective > best.Objective))
            {
                best = result;
            }
        }

        return best with
        {
            Iterations = results.Sum(r => r.Iterations),
            Elapsed = options.Clock.GetElapsedTime(start),
            FirstConflictFree = results.Select(r => r.FirstConflictFree).Where(f => f is not null).MinBy(f => f!.Value.Elapsed),
        };
    }

    private static SeatingResult Search(
        SeatingProblem problem,
        SeatingPlan? previous,
        int roundsHeld,
        SeatingOptions options,
        int seed,
        long start,
        IProgress<SeatingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var search = new SeatingSearch(problem, roundsHeld, previous, options.MoveCost);
        if (previous is null)
        {
            search.SeatFreeRounds(random, GeometricStart(problem));
        }
        else
        {
            search.SeatHeldRounds(previous);
            search.SeatFreeRoundsNearPrevious(random);
        }

        var iterations = search.Run(random, options, start, progress, cancellationToken);
        return new SeatingResult
        {
            Plan = search.ToPlan(),
            Objective = search.Value,
            Repeats = search.Repeats,
            ApartViolations = search.ApartViolations,
            MovedSeats = search.MovedSeats,
            Iterations = iterations,
            Elapsed = options.Clock.GetElapsedTime(start),
            FirstConflictFree = search.FirstConflictFree,
        };
    }

    /// <summary>
    /// For the unweighted problem with equal tables and no other rules — the Social Golfer Problem — a start from a
    /// cyclic design where one is known for the size, else from finite geometry when the number of tables is a prime
    /// power; null otherwise.
    /// </summary>
    private static SeatingPlan? GeometricStart(SeatingProblem problem)
    {
        var tables = problem.Tables(0);
        var size = tables[0].MaxSize;
        var plain = problem.Values.Max() == 0
            && problem.ApartGroups.Count == 0
            && tables.Count * size == problem.PersonCount
            && Enumerable.Range(0, problem.RoundCount).All(r => problem.Tables(r).SequenceEqual(tables))
            && tables.All(t => t == TableSpec.Fixed(size))
            && Enumerable.Range(0, problem.PersonCount).All(i => problem.PinnedTable(i) < 0)
            && Enumerable.Range(0, problem.RoundCount).All(r => Enumerable.Range(0, problem.PersonCount).All(i => problem.IsPresent(r, i)));
        var seed = !plain ? null
            : CyclicDesignSeed.TryBuild(tables.Count, size, problem.RoundCount)
                ?? AffinePlaneSeed.TryBuild(tables.Count, size, problem.RoundCount);
        return seed is null ? null : new SeatingPlan(seed);
    }

    private static void CheckHeldRounds(SeatingProblem problem, SeatingPlan previous, int roundsHeld)
    {
        for (var r = 0; r < roundsHeld; r++)
        {
            var tables = previous.Rounds[r];
            if (tables.Count != problem.Tables(r).Count)
            {
                throw new SeatingProblemException(
                    $"Round {r + 1} was held with {tables.Count} tables, but the problem gives it {problem.Tables(r).Count}.");
            }

            var seated = new bool[problem.PersonCount];
            foreach (var person in tables.SelectMany(t => t))
            {
                if ((uint)person >= (uint)problem.PersonCount || !problem.IsPresent(r, person) || seated[person])
                {
                    throw new SeatingProblemException(
                        $"Round {r + 1} was held with person {person} seated, but the problem does not have them present there once.");
                }

                seated[person] = true;
            }

            for (var person = 0; person < problem.PersonCount; person++)
            {
                if (problem.IsPresent(r, person) && !seated[person])
                {
                    throw new SeatingProblemException(
                        $"Round {r + 1} was held without {problem.NameOf(person)}, but the problem has them present there.");
                }
            }
        }
    }

    /// <summary>Passes on, from searches side by side, the best plan's figures any of them has reported, and their steps together.</summary>
    private sealed class BestProgress(IProgress<SeatingProgress> target, int searches)
    {
        private readonly Lock _gate = new();
        private readonly SeatingProgress?[] _latest = new SeatingProgress?[searches];

        public IProgress<SeatingProgress> For(int search) => new One(this, search);

        private void Report(int search, SeatingProgress value)
        {
            SeatingProgress best;
            lock (_gate)
            {
                _latest[search] = value;
                best = value;
                var steps = 0L;
                foreach (var latest in _latest)
                {
                    if (latest is not { } l)
                    {
                        continue;
                    }

                    steps += l.Iterations;
                    if (l.Repeats < best.Repeats || (l.Repeats == best.Repeats && l.Objective > best.Objective))
                    {
                        best = l;
                    }
                }

                best = best with { Iterations = steps, Elapsed = value.Elapsed };
                target.Report(best);
            }
        }

        private sealed class One(BestProgress owner, int search) : IProgress<SeatingProgress>
        {
            public void Report(SeatingProgress value) => owner.Report(search, value);
        }
    }
}
