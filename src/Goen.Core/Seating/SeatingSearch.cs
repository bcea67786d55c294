using System.Numerics;
using System.Runtime.CompilerServices;

namespace Goen.Core.Seating;

/// <summary>
/// The optimizer's working state and its tabu search: who sits where in each round, kept together with every
/// person's affinity to every table so that a swap or move is scored in constant time.
/// </summary>
/// <remarks>
/// <para>
/// For each round r, table t and person i the state keeps <c>A[r][t, i]</c>, the sum of i's values with the
/// people at t, and <c>B[r][t, i]</c>, the number of people at t whom i also meets in another round, plus a heavy
/// weight for each one i must sit apart from. Moving i from g to h then changes the value by
/// <c>A[h, i] − A[g, i]</c> and the repeats by <c>B[h, i] − B[g, i]</c> (Lai &amp; Hao 2016 keep the same table for
/// the MDGP). Seating or unseating i costs O(n) to keep A and B of its round, plus O(rounds × table size) to keep
/// B of the other rounds when i's meetings change.
/// </para>
/// <para>
/// In a re-plan, every person who stays has a home table in each free round — where the previous plan seated them
/// — and <c>A[r][home, i]</c> carries a bonus, the move cost, on top of the values. The score the search maximizes
/// is then the value plus the move cost for every seat kept, which is the value minus the move cost for every seat
/// moved, up to a constant; swaps and moves are scored by the same formulas, and a kept seat costs nothing to track.
/// </para>
/// <para>
/// The search is a tabu search over swaps (and moves, where table sizes may vary) inside one round at a time,
/// taking rounds in turn; while any round has people in conflict, the best swap of one of them in any round is
/// taken (Dotú &amp; Van Hentenryck 2005). Otherwise the best swap or move between each pair of tables is kept
/// and only pairs touching a changed table are scored again, which makes a step O(table size × n) instead of
/// O(n²). A changed pair first gets only an upper bound on its best, from each person's own gain (O(table size)
/// instead of O(table size²)), and is scored in full only if that bound could beat the best move of the round; and
/// a meeting gained in one round leaves the kept best of a pair in another round standing unless that best moves
/// one of the two who met (the others only got worse). When the best plan has not improved for a while, the search
/// perturbs with random swaps (iterated tabu search).
/// </para>
/// <para>
/// A repeat costs the steps more than any swap can gain until the first plan without conflicts is found. From then on,
/// in a weighted plan of several rounds (not a re-plan), a repeat costs the steps only half the largest pair value:
/// a swap that seats a valuable pair together a second time may be taken, and the steps on conflicts then part a
/// pair that meets twice where that loses least, which can move a meeting from one round to another — a move the
/// steps could not otherwise make without first losing value (strategic oscillation). The best plan is still chosen
/// by fewest conflicts first, so
/// no plan with a repeat is returned while one without was found. If the steps leave a repeat standing for
/// <see cref="ConflictStepsBeforeRaise"/> steps, the cost doubles, up to the full cost (decision 0021).
/// </para>
/// </remarks>
internal sealed class SeatingSearch
{
    private const int ApartWeight = 1 << 20;
    private const double Epsilon = 1e-9;
    private const double LowPenaltyScale = 0.5;
    private const int ConflictStepsBeforeRaise = 1000;

    // What is kept for a pair of tables of a round: nothing, an upper bound on its best swap or move, or the best itself.
    private const byte PairStale = 0;
    private const byte PairBounded = 1;
    private const byte PairScored = 2;

    private readonly SeatingProblem _problem;
    private readonly int _n;
    private readonly int _rounds;
    private readonly int _firstFree;
    private readonly double[] _v;
    private readonly byte[] _apart;
    private readonly bool _hasPairValues;
    private readonly bool _hasScore;
    private readonly bool _trackConflicts;
    private readonly double _fullPenalty;
    private readonly double _lowPenalty;
    private double _penalty;
    private readonly int[] _home;
    private readonly int _homeCount;
    private readonly double _moveBonus;

    private readonly int[] _tableCount;
    private readonly int[] _tableBase;
    private readonly int[] _min;
    private readonly int[] _max;
    private readonly int[] _size;
    private readonly int[] _memberStart;
    private readonly int[] _members;
    private readonly bool[] _flexible;
    private readonly int[][] _movable;

    private readonly int[] _table;
    private readonly int[] _slot;
    private readonly double[][] _a;
    private readonly int[][] _b;

    // Each seated person's A and B at their own table (_seatA[r][i] = _a[r][table of i, i]), copied when their table
    // changes: the steps read them for every person they score, and a round's copies lie together in a few KB instead of
    // one cache line each across the round's table rows.
    private readonly double[][] _seatA;
    private readonly int[][] _seatB;
    private readonly byte[] _meet;
    // Until when (in steps, counted from _tabuEpoch) a person may not go back to a table; int rather than long halves
    // the largest array of the state, which is read at random in every step.
    private readonly int[][] _tabu;
    private long _tabuEpoch;

    private readonly int[] _bestTable;
    private readonly int[] _candidates;
    private readonly double[] _gainA;
    private readonly int[] _gainB;

    private readonly bool[] _pinned;
    private readonly double[] _pairBest;
    private readonly int[] _pairI;
    private readonly int[] _pairJ;
    private readonly int[] _pairH;
    private readonly byte[] _pairState;
    private readonly double[] _pairBound;
    private readonly double[] _openBound;
    private readonly int[] _openPair;
    private readonly int[] _openCode;
    private readonly int[] _pairRow;
    private readonly bool _singleRound;

    private double _choiceDelta;
    private int _choiceRound;
    private int _choiceI;
    private int _choiceJ;
    private int _choiceH;
    private int _ties;
    private double _fallbackDelta;
    private int _fallbackRound;
    private int _fallbackI;
    private int _fallbackJ;
    private int _fallbackH;
    private int _nextRound;

    private double _value;
    private long _conflict;
    private int _kept;
    private double _bestValue;
    private long _bestConflict;
    private int _bestKept;

    /// <summary>
    /// Creates an empty state for <paramref name="problem"/>; rounds before <paramref name="firstFree"/> will be held
    /// fixed. In a re-plan, each seat of <paramref name="previous"/> kept in a free round is worth
    /// <paramref name="moveCost"/> times the largest pair value (or times one, when all values are zero).
    /// </summary>
    public SeatingSearch(SeatingProblem problem, int firstFree, SeatingPlan? previous = null, double moveCost = 0)
    {
        _problem = problem;
        _n = problem.PersonCount;
        _rounds = problem.RoundCount;
        if (_rounds > byte.MaxValue)
        {
            throw new ArgumentException($"At most {byte.MaxValue} rounds can be planned.", nameof(problem));
        }

        _firstFree = firstFree;
        _nextRound = firstFree;
        _v = problem.Values.Raw;
        var maxValue = problem.Values.Max();
        _hasPairValues = maxValue > 0;
        (_home, _homeCount) = previous is null ? ([], 0) : Homes(problem, previous, firstFree);
        _moveBonus = _homeCount > 0 ? moveCost * (_hasPairValues ? maxValue : 1) : 0;
        _hasScore = _hasPairValues || _moveBonus > 0;

        var n = _n;
        _apart = [];
        if (problem.ApartGroups.Count > 0)
        {
            _apart = new byte[n * n];
            foreach (var group in problem.ApartGroups)
            {
                foreach (var i in group)
                {
                    foreach (var k in group)
                    {
                        if (i != k)
                        {
                            _apart[i * n + k] = 1;
                        }
                    }
                }
            }
        }

        _trackConflicts = _rounds > 1 || _apart.Length > 0;

        _tableCount = new int[_rounds];
        _tableBase = new int[_rounds + 1];
        for (var r = 0; r < _rounds; r++)
        {
            _tableCount[r] = problem.Tables(r).Count;
            _tableBase[r + 1] = _tableBase[r] + _tableCount[r];
        }

        var tables = _tableBase[_rounds];
        _min = new int[tables];
        _max = new int[tables];
        _size = new int[tables];
        _memberStart = new int[tables + 1];
        _flexible = new bool[_rounds];
        _movable = new int[_rounds][];
        var maxTable = 1;
        for (var r = 0; r < _rounds; r++)
        {
            var present = 0;
            for (var i = 0; i < n; i++)
            {
                present += problem.IsPresent(r, i) ? 1 : 0;
            }

            for (var t = 0; t < _tableCount[r]; t++)
            {
                var spec = problem.Tables(r)[t];
                var id = _tableBase[r] + t;
                _min[id] = spec.MinSize;
                _max[id] = Math.Min(spec.MaxSize, present);
                _memberStart[id + 1] = _memberStart[id] + _max[id];
                _flexible[r] |= _min[id] < _max[id];
                maxTable = Math.Max(maxTable, _max[id]);
            }

            _movable[r] = [.. Enumerable.Range(0, n).Where(i => problem.IsPresent(r, i) && problem.PinnedTable(i) < 0)];
        }

        _members = new int[_memberStart[tables]];
        // A conflict must outweigh what one swap can gain: value for two people, and two kept seats.
        _fullPenalty = _hasScore ? 4.0 * maxTable * maxValue + 2 * _moveBonus + 1 : 1;
        _penalty = _fullPenalty;
        // Once a plan without conflicts is found, a weighted plan of several rounds lets its steps make a repeat for value
        // (see the remarks). On the 300-person bench, half the largest pair value gave 1008.5 at 150,000 steps against
        // 993.1 with the full cost; a third 1003.9 and the whole largest value 994.6 (docs/benchmarks.md, decision 0021).
        // A re-plan keeps the full cost: it starts from a plan people hold, and its moved seats are weighed on the same scale.
        _lowPenalty = _hasScore && _homeCount == 0 && _rounds - _firstFree > 1
            ? Math.Min(_fullPenalty, LowPenaltyScale * maxValue)
            : _fullPenalty;

        _table = new int[_rounds * n];
        _slot = new int[_rounds * n];
        _bestTable = new int[_rounds * n];
        _a = new double[_rounds][];
        _b = new int[_rounds][];
        _seatA = new double[_rounds][];
        _seatB = new int[_rounds][];
        _tabu = new int[_rounds][];
        for (var r = 0; r < _rounds; r++)
        {
            _a[r] = _hasScore ? new double[_tableCount[r] * n] : [];
            _b[r] = _trackConflicts ? new int[_tableCount[r] * n] : [];
            _seatA[r] = _hasScore ? new double[n] : [];
            _seatB[r] = _trackConflicts ? new int[n] : [];
            _tabu[r] = r >= firstFree ? new int[_tableCount[r] * n] : [];
        }

        _meet = new byte[n * n];
        _pinned = [.. Enumerable.Range(0, n).Select(i => problem.PinnedTable(i) >= 0)];
        _singleRound = _rounds == 1 && firstFree == 0 && _hasScore && !_trackConflicts;
        // Pairs of tables a < b of a round are numbered row by row, so a round's pairs lie together and are scanned in
        // order (half the memory of a square table): pair (a, b) of round r is _pairRow[_tableBase[r] + a] + b.
        _pairRow = new int[tables];
        var pairs = 0;
        for (var r = 0; r < _rounds && _hasScore; r++)
        {
            for (var t = 0; t < _tableCount[r]; t++)
            {
                _pairRow[_tableBase[r] + t] = pairs - t - 1;
                pairs += _tableCount[r] - t - 1;
            }
        }

        (_pairBest, _pairI, _pairJ, _pairH, _pairState, _pairBound) = (new double[pairs], new int[pairs], new int[pairs], new int[pairs], new byte[pairs], new double[pairs]);
        var roundPairs = _hasScore ? _tableCount.Max() * _tableCount.Max() : 0;
        (_openBound, _openPair, _openCode) = (new double[roundPairs], new int[roundPairs], new int[roundPairs]);
        _candidates = new int[n];
        var maxTables = _tableCount.Max();
        _gainA = new double[maxTables];
        _gainB = new int[maxTables];
        Clear();
    }

    /// <summary>Gets the current plan's sum of pair values.</summary>
    public double Value => _value - _moveBonus * _kept;

    /// <summary>Gets the seats of the previous plan's people, in free rounds, that the current plan moves to another table.</summary>
    public int MovedSeats => _homeCount - _kept;

    /// <summary>Gets the current plan's repeat meetings.</summary>
    public int Repeats => (int)(_conflict % ApartWeight);

    /// <summary>Gets the current plan's apart-rule violations, counted per pair per round.</summary>
    public int ApartViolations => (int)(_conflict / ApartWeight);

    /// <summary>Gets after how many steps the tabu clock's zero moves up; lowered by a test to see that moving it changes nothing.</summary>
    internal int TabuRebaseSteps { get; init; } = 1 << 30;

    /// <summary>Gets whether this is one weighted round with nothing else to track — the MDGP — which has its own tuning.</summary>
    private bool SingleRound => _singleRound;

    /// <summary>
    /// Gets the search's figures when it first held a plan with no repeats and no broken apart-rules, or null if it
    /// has not yet.
    /// </summary>
    public SeatingProgress? FirstConflictFree { get; private set; }

    /// <summary>Gets the number of people present in free rounds who are not pinned.</summary>
    public int MovableCount => _movable.Skip(_firstFree).Sum(m => m.Length);

    /// <summary>Seats the rounds before the first free one exactly as <paramref name="plan"/> has them.</summary>
    public void SeatHeldRounds(SeatingPlan plan)
    {
        for (var r = 0; r < _firstFree; r++)
        {
            var tables = plan.Rounds[r];
            for (var t = 0; t < tables.Count; t++)
            {
                foreach (var i in tables[t])
                {
                    Place(r, i, t);
                }
            }
        }
    }

    /// <summary>
    /// Seats every free round: pinned people at their tables, then people who sat at a table in
    /// <paramref name="start"/> (if given) back there while it has room, then everyone else greedily where they
    /// add most value without a repeat, in random order.
    /// </summary>
    public void SeatFreeRounds(Random random, SeatingPlan? start)
    {
        var n = _n;
        for (var r = _firstFree; r < _rounds; r++)
        {
            var target = TargetSizes(r);
            var pool = new List<int>();
            for (var i = 0; i < n; i++)
            {
                if (_problem.IsPresent(r, i) && _problem.PinnedTable(i) >= 0)
                {
                    Place(r, i, _problem.PinnedTable(i));
                }
            }

            if (start is not null && r < start.RoundCount)
            {
                var tables = start.Rounds[r];
                for (var t = 0; t < tables.Count && t < _tableCount[r]; t++)
                {
                    foreach (var i in tables[t])
                    {
                        if ((uint)i < (uint)n && _problem.IsPresent(r, i) && _table[r * n + i] < 0
                            && _size[_tableBase[r] + t] < target[t])
                        {
                            Place(r, i, t);
                        }
                    }
                }
            }

            foreach (var i in _movable[r])
            {
                if (_table[r * n + i] < 0)
                {
                    pool.Add(i);
                }
            }

            var order = pool.ToArray();
            random.Shuffle(order);
            foreach (var i in order)
            {
                var best = -1;
                var bestScore = double.NegativeInfinity;
                var ties = 0;
                for (var t = 0; t < _tableCount[r]; t++)
                {
                    if (_size[_tableBase[r] + t] >= target[t])
                    {
                        continue;
                    }

                    Consider(t, Score(r, i, t), ref best, ref bestScore, ref ties, random);
                }

                Place(r, i, best);
            }
        }

        Recount();
    }

    /// <summary>
    /// Seats every free round as close to the previous plan as the round allows: pinned people at their
    /// tables; everyone else who is still present back at their previous table while it has room; then tables below
    /// their minimum filled, by the people not yet seated while there are any, else by moving whoever loses least;
    /// then the people not yet seated (walk-ins, and people whose table is gone or full) where they score best.
    /// </summary>
    public void SeatFreeRoundsNearPrevious(Random random)
    {
        var n = _n;
        for (var r = _firstFree; r < _rounds; r++)
        {
            var baseId = _tableBase[r];
            for (var i = 0; i < n; i++)
            {
                if (_problem.IsPresent(r, i) && _problem.PinnedTable(i) >= 0)
                {
                    Place(r, i, _problem.PinnedTable(i));
                }
            }

            foreach (var i in _movable[r])
            {
                var home = _home.Length > 0 ? _home[r * n + i] : -1;
                if (home >= 0 && home < _tableCount[r] && _size[baseId + home] < _max[baseId + home])
                {
                    Place(r, i, home);
                }
            }

            var pool = _movable[r].Where(i => _table[r * n + i] < 0).ToArray();
            random.Shuffle(pool);
            var next = 0;
            while (HasTableBelowMinimum(r))
            {
                if (next < pool.Length)
                {
                    var i = pool[next++];
                    Place(r, i, BestTable(r, i, belowMinimumOnly: true, random));
                }
                else
                {
                    MoveLeastCostlyToTableBelowMinimum(r);
                }
            }

            for (; next < pool.Length; next++)
            {
                Place(r, pool[next], BestTable(r, pool[next], belowMinimumOnly: false, random));
            }
        }

        Recount();
    }

    /// <summary>Runs the search until a limit is reached, then leaves the state at the best plan found.</summary>
    /// <returns>The number of search steps taken.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Run(Random random, SeatingOptions options, long startTimestamp, IProgress<SeatingProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = options.Clock;
        var maxIterations = options.MaxIterations ?? long.MaxValue;
        var freeRounds = _rounds - _firstFree;
        var movable = 0;
        for (var r = _firstFree; r < _rounds; r++)
        {
            movable += _movable[r].Length;
        }

        SaveBest();
        NoteConflictFree(0, startTimestamp, options);
        // Steps without a better plan, per movable seat, before the search perturbs. A weighted plan of several rounds keeps
        // finding better plans by tabu steps alone for long: on the 300-person bench, perturbing after 2 steps a seat
        // left it 0.6–1 % below never perturbing at 125,000–500,000 steps (docs/benchmarks.md), so it waits 64.
        var patience = SingleRound ? 30L : _hasScore ? 64L : 2L;
        var stagnationLimit = Math.Max(200, patience * movable / Math.Max(1, freeRounds)) * freeRounds;
        long iteration = 0;
        long lastImprovement = 0;
        var idle = 0;
        var failedPerturbations = 0;
        var conflictSteps = 0;
        var lowered = false;
        if (_bestConflict == 0)
        {
            SetPenalty(_lowPenalty);
            lowered = true;
        }

        var lastReport = startTimestamp;
        var reportedBest = false;
        while (iteration < maxIterations && freeRounds > 0)
        {
            if ((iteration & 7) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var now = clock.GetTimestamp();
                if (clock.GetElapsedTime(startTimestamp, now) >= options.TimeLimit)
                {
                    break;
                }

                if (progress is not null && !reportedBest && clock.GetElapsedTime(lastReport, now) >= TimeSpan.FromMilliseconds(100))
                {
                    progress.Report(Progress(iteration, startTimestamp, options));
                    (lastReport, reportedBest) = (now, true);
                }
            }

            if (options.StopWhenNothingToGain && _bestConflict == 0 && !_hasPairValues && _bestKept == _homeCount)
            {
                break;
            }

            iteration++;
            if (iteration - _tabuEpoch >= TabuRebaseSteps)
            {
                RebaseTabu(iteration);
            }

            if (!Step(iteration - _tabuEpoch, random))
            {
                if (++idle >= freeRounds)
                {
                    break;
                }

                continue;
            }

            idle = 0;
            if (_conflict > 0 && _penalty < _fullPenalty)
            {
                // Repeats the search made on purpose, for value, that it has not undone for long: they cost more from now on.
                if (++conflictSteps > ConflictStepsBeforeRaise)
                {
                    SetPenalty(Math.Min(_fullPenalty, 2 * _penalty));
                    conflictSteps = 0;
                }
            }
            else
            {
                conflictSteps = 0;
            }

            if (IsBetterThanBest(_conflict, _value))
            {
                SaveBest();
                NoteConflictFree(iteration, startTimestamp, options);
                if (_bestConflict == 0 && !lowered)
                {
                    SetPenalty(_lowPenalty);
                    lowered = true;
                }

                lastImprovement = iteration;
                reportedBest = false;
                failedPerturbations = 0;
            }
            else if (iteration - lastImprovement > stagnationLimit)
            {
                // A single weighted round is searched on from where the search stands, going back to the best
                // plan only now and then: tried on MDGPLIB n = 120–480, it halved the gap. With repeats at stake,
                // going back to the best plan every time works better.
                if (!SingleRound || failedPerturbations % 10 == 9)
                {
                    Restore();
                }

                Perturb(random, movable);
                failedPerturbations++;
                lastImprovement = iteration;
            }
        }

        Restore();
        progress?.Report(Progress(iteration, startTimestamp, options));
        return iteration;
    }

    /// <summary>
    /// Moves the tabu clock's zero to <paramref name="iteration"/> (less one if odd: steps alternate on the parity), so
    /// that the int marks never overflow; what is tabu, and until when, stays as it was.
    /// </summary>
    private void RebaseTabu(long iteration)
    {
        var shift = (int)((iteration - _tabuEpoch) & ~1L);
        foreach (var tabu in _tabu)
        {
            for (var k = 0; k < tabu.Length; k++)
            {
                tabu[k] = Math.Max(0, tabu[k] - shift);
            }
        }

        _tabuEpoch += shift;
    }

    /// <summary>Sets what a repeat costs in the search's steps; the kept bests of pairs of tables were scored at the old cost.</summary>
    private void SetPenalty(double penalty)
    {
        if (penalty != _penalty)
        {
            _penalty = penalty;
            ClearPairs();
        }
    }

    /// <summary>Builds the plan the state holds now.</summary>
    public SeatingPlan ToPlan()
    {
        var rounds = new List<List<int>[]>();
        for (var r = 0; r < _rounds; r++)
        {
            var tables = new List<int>[_tableCount[r]];
            for (var t = 0; t < tables.Length; t++)
            {
                tables[t] = [];
            }

            for (var i = 0; i < _n; i++)
            {
                var t = _table[r * _n + i];
                if (t >= 0)
                {
                    tables[t].Add(i);
                }
            }

            rounds.Add(tables);
        }

        return new SeatingPlan(rounds);
    }

    /// <summary>Swaps two people seated at different tables of one round; exposed for the micro-benchmark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Swap(int round, int first, int second)
    {
        var n = _n;
        var tf = _table[round * n + first];
        var ts = _table[round * n + second];
        Remove(round, first);
        Remove(round, second);
        Place(round, first, ts);
        Place(round, second, tf);
    }

    /// <summary>Scores every swap of <paramref name="person"/> in one round; exposed for the micro-benchmark.</summary>
    internal double BestSwapDelta(int round, int person)
    {
        var n = _n;
        var ti = _table[round * n + person];
        var a = _a[round];
        var best = double.NegativeInfinity;
        var own = a[ti * n + person];
        foreach (var j in _movable[round])
        {
            var tj = _table[round * n + j];
            if (tj != ti)
            {
                var delta = a[tj * n + person] - own + a[ti * n + j] - a[tj * n + j] - 2 * _v[person * n + j];
                best = Math.Max(best, delta);
            }
        }

        return best;
    }

    /// <summary>
    /// Gets the upper bound the search keeps for the swaps and moves between two tables of a round, and the best of them
    /// with no move tabu; exposed for tests.
    /// </summary>
    internal (double Bound, double Best) TablePairScores(int round, int first, int second)
    {
        ScoreTablePair(round, first, second, long.MaxValue, new Random(0));
        return (BoundTablePair(round, first, second), _pairBest[PairId(round, first, second)]);
    }

    private SeatingProgress Progress(long iteration, long start, SeatingOptions options) =>
        new(iteration, _bestValue - _moveBonus * _bestKept, (int)(_bestConflict % ApartWeight), options.Clock.GetElapsedTime(start), options.TimeLimit);

    private void NoteConflictFree(long iteration, long start, SeatingOptions options)
    {
        if (_bestConflict == 0 && FirstConflictFree is null)
        {
            FirstConflictFree = Progress(iteration, start, options);
        }
    }

    private bool IsBetterThanBest(long conflict, double value) =>
        conflict < _bestConflict || (conflict == _bestConflict && value > _bestValue + Epsilon);

    /// <summary>
    /// Takes the best non-tabu swap or move — of people in conflict in any round while there are repeats, else of
    /// anyone in the next round in turn — or a tabu one that beats the best plan.
    /// </summary>
    /// <returns>Whether a move was made; false if there was nothing to do.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Step(long iteration, Random random)
    {
        _choiceDelta = double.NegativeInfinity;
        _fallbackDelta = double.NegativeInfinity;
        (_choiceRound, _fallbackRound, _ties) = (-1, -1, 0);
        if (_conflict > 0 && (!_hasScore || (iteration & 1) == 0))
        {
            for (var r = _firstFree; r < _rounds; r++)
            {
                var count = CollectConflicting(r);
                if (count > 0)
                {
                    Evaluate(r, count, restricted: true, iteration, random);
                }
            }
        }

        if (_choiceRound < 0 && _fallbackRound < 0 && _hasScore)
        {
            var round = _nextRound;
            _nextRound = round + 1 < _rounds ? round + 1 : _firstFree;
            if (_pairBest.Length > 0)
            {
                return StepCached(round, iteration, random);
            }

            _movable[round].CopyTo(_candidates, 0);
            Evaluate(round, _movable[round].Length, restricted: false, iteration, random);
        }

        if (_choiceRound < 0)
        {
            if (_fallbackRound < 0)
            {
                return false;
            }

            (_choiceRound, _choiceI, _choiceJ, _choiceH) = (_fallbackRound, _fallbackI, _fallbackJ, _fallbackH);
        }

        var n = _n;
        var tabu = _tabu[_choiceRound];
        var tenure = TabuTenure(random, _movable[_choiceRound].Length, _tableCount[_choiceRound]);
        var from = _table[_choiceRound * n + _choiceI];
        if (_choiceJ >= 0)
        {
            var other = _table[_choiceRound * n + _choiceJ];
            ApplySwap(_choiceRound, _choiceI, _choiceJ);
            tabu[from * n + _choiceI] = (int)(iteration + tenure);
            tabu[other * n + _choiceJ] = (int)(iteration + tenure);
        }
        else
        {
            ApplyMove(_choiceRound, _choiceI, _choiceH);
            tabu[from * n + _choiceI] = (int)(iteration + tenure);
        }

        return true;
    }

    /// <summary>
    /// The step without conflicts to chase: the best swap or move between each pair of tables of a round is kept,
    /// and only pairs whose scores may have changed — those touching a table whose people or whose people's
    /// repeat counts changed — are scored again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StepCached(int round, long iteration, Random random)
    {
        var tables = _tableCount[round];
        var tableBase = _tableBase[round];
        var best = -1;
        var bestDelta = double.NegativeInfinity;
        var ties = 0;

        // First an upper bound, which is cheap, for each pair with nothing kept (found a row at a time by a vectorized search).
        for (var a = 0; a < tables - 1; a++)
        {
            var row = _pairRow[tableBase + a];
            var states = _pairState.AsSpan(row + a + 1, tables - a - 1);
            for (var (k, b) = (states.IndexOf(PairStale), a + 1); k >= 0; k = states.IndexOf(PairStale))
            {
                b += k;
                (_pairBound[row + b], _pairState[row + b]) = (BoundTablePair(round, a, b), PairBounded);
                states = states[(k + 1)..];
                b++;
            }
        }

        // Then the best among the pairs whose best is kept, and the bounded pairs that may beat it. A pair's kept best, and
        // its bound, read minus infinity when not kept, so that the scan seldom branches.
        var bounded = 0;
        for (var a = 0; a < tables; a++)
        {
            var row = _pairRow[tableBase + a];
            for (var b = a + 1; b < tables; b++)
            {
                var id = row + b;
                if (_pairBest[id] > bestDelta - Epsilon)
                {
                    ConsiderPair(id, ref best, ref bestDelta, ref ties, random);
                }
                else if (_pairBound[id] > bestDelta - Epsilon)
                {
                    (_openPair[bounded], _openCode[bounded]) = (id, a * tables + b);
                    bounded++;
                }
            }
        }

        // Then those whose bound might beat the best so far, highest bound first, until the bound falls short.
        var open = 0;
        for (var k = 0; k < bounded; k++)
        {
            var id = _openPair[k];
            if (_pairBound[id] > bestDelta - Epsilon)
            {
                (_openBound[open], _openPair[open]) = (-_pairBound[id], _openCode[k]);
                open++;
            }
        }

        Array.Sort(_openBound, _openPair, 0, open);
        for (var k = 0; k < open && -_openBound[k] > bestDelta - Epsilon; k++)
        {
            var a = _openPair[k] / tables;
            var b = _openPair[k] - a * tables;
            ScoreTablePair(round, a, b, iteration, random);
            ConsiderPair(_pairRow[tableBase + a] + b, ref best, ref bestDelta, ref ties, random);
        }

        var n = _n;
        var tabu = _tabu[round];
        if (best < 0)
        {
            var movable = _movable[round];
            if (movable.Length < 2 || tables < 2)
            {
                return false;
            }

            var i = movable[random.Next(movable.Length)];
            var j = movable[random.Next(movable.Length)];
            if (_table[round * n + i] != _table[round * n + j])
            {
                ApplySwap(round, i, j);
            }

            return true;
        }

        var (pi, pj, ph) = (_pairI[best], _pairJ[best], _pairH[best]);
        var tenure = TabuTenure(random, _movable[round].Length, tables);
        var from = _table[round * n + pi];
        if (pj >= 0)
        {
            tabu[_table[round * n + pj] * n + pj] = (int)(iteration + tenure);
            ApplySwap(round, pi, pj);
        }
        else
        {
            ApplyMove(round, pi, ph);
        }

        tabu[from * n + pi] = (int)(iteration + tenure);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ConsiderPair(int id, ref int best, ref double bestDelta, ref int ties, Random random)
    {
        var delta = _pairBest[id];
        if (delta > bestDelta + Epsilon)
        {
            (best, bestDelta, ties) = (id, delta, 1);
        }
        else if (delta > bestDelta - Epsilon && delta > double.NegativeInfinity && random.Next(++ties) == 0)
        {
            best = id;
        }
    }

    /// <summary>
    /// An upper bound on the best swap or move between tables <paramref name="ta"/> and <paramref name="tb"/> of a round,
    /// from each person's own gain alone: a swap of i and j changes the score by i's gain plus j's gain less twice their
    /// pair value, and less the repeats each meets at the other table apart from the other — which is at most one
    /// meeting and one apart-rule, and the value is never negative. O(table size), against O(table size²) for the best itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double BoundTablePair(int round, int ta, int tb)
    {
        var tableBase = _tableBase[round];
        var (idA, idB) = (tableBase + ta, tableBase + tb);
        var (swapA, moveA) = BestOwnGain(round, ta, tb, _size[idA] > _min[idA] && _size[idB] < _max[idB]);
        var (swapB, moveB) = BestOwnGain(round, tb, ta, _size[idB] > _min[idB] && _size[idA] < _max[idA]);
        return Math.Max(swapA + swapB, Math.Max(moveA, moveB));
    }

    /// <summary>
    /// The most any movable person at <paramref name="from"/> can gain in a swap with someone at <paramref name="to"/>
    /// (counting at most one meeting and one apart-rule there as the partner's), and by moving there if
    /// <paramref name="canMove"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Swap, double Move) BestOwnGain(int round, int from, int to, bool canMove)
    {
        var n = _n;
        var a = _a[round];
        var b = _b[round];
        var (seatA, seatB) = (_seatA[round], _seatB[round]);
        var id = _tableBase[round] + from;
        var start = _memberStart[id];
        var (swap, move) = (double.NegativeInfinity, double.NegativeInfinity);
        for (var x = 0; x < _size[id]; x++)
        {
            var i = _members[start + x];
            if (_pinned[i])
            {
                continue;
            }

            var gain = a[to * n + i] - seatA[i];
            if (!_trackConflicts)
            {
                (swap, move) = (Math.Max(swap, gain), canMove ? Math.Max(move, gain) : move);
                continue;
            }

            long conflictThere = b[to * n + i], conflictHere = seatB[i];
            var beyondPartner = Math.Max(0, conflictThere - 1);
            if (conflictThere >= ApartWeight)
            {
                var (aparts, meetings) = Math.DivRem(conflictThere, ApartWeight);
                beyondPartner = (aparts - 1) * ApartWeight + Math.Max(0, meetings - 1);
            }

            swap = Math.Max(swap, gain - _penalty * (beyondPartner - conflictHere));
            move = canMove ? Math.Max(move, gain - _penalty * (conflictThere - conflictHere)) : move;
        }

        return (swap, move);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScoreTablePair(int round, int ta, int tb, long iteration, Random random)
    {
        var n = _n;
        var a = _a[round];
        var b = _b[round];
        var (seatA, seatB) = (_seatA[round], _seatB[round]);
        var tabu = _tabu[round];
        var tableBase = _tableBase[round];
        var (idA, idB) = (tableBase + ta, tableBase + tb);
        var (startA, sizeA) = (_memberStart[idA], _size[idA]);
        var (startB, sizeB) = (_memberStart[idB], _size[idB]);
        var bestPossible = _bestValue - _value;
        var conflictGap = _bestConflict - _conflict;
        var id = PairId(round, ta, tb);
        var best = double.NegativeInfinity;
        var ties = 0;
        var (bi, bj, bh) = (-1, -1, -1);
        var moveAtoB = sizeA > _min[idA] && sizeB < _max[idB];
        var moveBtoA = sizeB > _min[idB] && sizeA < _max[idA];
        var conflicts = _trackConflicts;
        for (var x = 0; x < sizeA; x++)
        {
            var i = _members[startA + x];
            if (_pinned[i])
            {
                continue;
            }

            var gainI = a[tb * n + i] - seatA[i];
            var conflictI = conflicts ? b[tb * n + i] - seatB[i] : 0L;
            var rowI = i * n;
            var tabuI = tabu[tb * n + i] > iteration;
            for (var y = 0; y < sizeB; y++)
            {
                var j = _members[startB + y];
                var dvBeforePair = gainI + a[ta * n + j] - seatA[j];
                var dc = conflicts ? conflictI + b[ta * n + j] - seatB[j] - 2 * PairConflict(rowI + j) : 0L;

                // Values are never negative, so their own pair value only lowers the swap: most swaps are ruled out
                // before it is read from the largest array of the state (rounding is monotone, so this rules out
                // exactly the swaps the test below would).
                if (dvBeforePair - _penalty * dc < best - Epsilon)
                {
                    continue;
                }

                var dv = dvBeforePair - 2 * _v[rowI + j];
                var delta = dv - _penalty * dc;
                if (delta < best - Epsilon || _pinned[j])
                {
                    continue;
                }

                if ((tabuI || tabu[ta * n + j] > iteration) && !(dc < conflictGap || (dc == conflictGap && dv > bestPossible + Epsilon)))
                {
                    continue;
                }

                if (delta > best + Epsilon)
                {
                    (best, bi, bj, bh, ties) = (delta, i, j, -1, 1);
                }
                else if (random.Next(++ties) == 0)
                {
                    (bi, bj, bh) = (i, j, -1);
                }
            }

            var moveDelta = gainI - _penalty * conflictI;
            if (moveAtoB && moveDelta > best + Epsilon
                && (!tabuI || conflictI < conflictGap || (conflictI == conflictGap && gainI > bestPossible + Epsilon)))
            {
                (best, bi, bj, bh, ties) = (moveDelta, i, -1, tb, 1);
            }
        }

        if (moveBtoA)
        {
            for (var y = 0; y < sizeB; y++)
            {
                var j = _members[startB + y];
                var gain = a[ta * n + j] - seatA[j];
                var conflict = conflicts ? b[ta * n + j] - seatB[j] : 0L;
                var delta = gain - _penalty * conflict;
                if (!_pinned[j] && delta > best + Epsilon
                    && (tabu[ta * n + j] <= iteration || conflict < conflictGap || (conflict == conflictGap && gain > bestPossible + Epsilon)))
                {
                    (best, bi, bj, bh) = (delta, j, -1, ta);
                }
            }
        }

        (_pairBest[id], _pairI[id], _pairJ[id], _pairH[id], _pairState[id], _pairBound[id]) = (best, bi, bj, bh, PairScored, double.NegativeInfinity);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MarkStale(int id) =>
        (_pairState[id], _pairBest[id], _pairBound[id]) = (PairStale, double.NegativeInfinity, double.NegativeInfinity);

    private void ClearPairs()
    {
        Array.Clear(_pairState);
        Array.Fill(_pairBest, double.NegativeInfinity);
        Array.Fill(_pairBound, double.NegativeInfinity);
    }

    /// <summary>Gets where what is kept for two different tables of a round is stored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PairId(int round, int first, int second) =>
        first < second ? _pairRow[_tableBase[round] + first] + second : _pairRow[_tableBase[round] + second] + first;

    /// <summary>Marks the kept best moves between <paramref name="table"/> and every other table of <paramref name="round"/> as stale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Invalidate(int round, int table)
    {
        if (_pairState.Length == 0)
        {
            return;
        }

        var tables = _tableCount[round];
        var tableBase = _tableBase[round];
        var row = _pairRow[tableBase + table];
        for (var t = 0; t < table; t++)
        {
            MarkStale(_pairRow[tableBase + t] + table);
        }

        for (var t = table + 1; t < tables; t++)
        {
            MarkStale(row + t);
        }
    }

    /// <summary>Marks the kept best move between two tables of <paramref name="round"/> as stale, or all of one table's if they are the same.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Invalidate(int round, int first, int second)
    {
        if (_pairState.Length == 0)
        {
            return;
        }

        if (first == second)
        {
            Invalidate(round, first);
            return;
        }

        MarkStale(PairId(round, first, second));
    }

    /// <summary>
    /// After <paramref name="person"/> and <paramref name="other"/>, at two tables of <paramref name="round"/>, have come
    /// to meet in another round: only the swaps and moves that bring one of them to the other's table are worse for it,
    /// so the kept bound still holds, and the kept best still stands unless it moves one of them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void InvalidateIfMoved(int round, int first, int second, int person, int other)
    {
        if (_pairState.Length == 0)
        {
            return;
        }

        var id = PairId(round, first, second);
        if (_pairState[id] == PairScored && (_pairI[id] == person || _pairI[id] == other || _pairJ[id] == person || _pairJ[id] == other))
        {
            MarkStale(id);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CollectConflicting(int round)
    {
        var seatB = _seatB[round];
        var count = 0;
        foreach (var i in _movable[round])
        {
            if (seatB[i] > 0)
            {
                _candidates[count++] = i;
            }
        }

        return count;
    }

    /// <summary>Scores the swaps and moves of the first <paramref name="candidateCount"/> candidates in <paramref name="round"/>, keeping the best.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Evaluate(int round, int candidateCount, bool restricted, long iteration, Random random)
    {
        var n = _n;
        var movable = _movable[round];
        var a = _a[round];
        var b = _b[round];
        var tabu = _tabu[round];
        var tableOffset = round * n;
        var tables = _tableCount[round];
        if (tables < 2)
        {
            return;
        }

        var (ownA, ownB) = (_seatA[round], _seatB[round]);
        var bestPossible = _bestValue - _value;
        var conflictGap = _bestConflict - _conflict;
        var flexible = _flexible[round];
        var tableBase = _tableBase[round];

        for (var ci = 0; ci < candidateCount; ci++)
        {
            var i = _candidates[ci];
            var ti = _table[tableOffset + i];
            var ownAi = _hasScore ? ownA[i] : 0;
            var ownBi = _trackConflicts ? ownB[i] : 0;
            for (var t = 0; t < tables; t++)
            {
                _gainA[t] = _hasScore ? a[t * n + i] - ownAi : 0;
                _gainB[t] = _trackConflicts ? b[t * n + i] - ownBi : 0;
            }

            var rowI = i * n;
            var startJ = restricted ? 0 : ci + 1;
            for (var cj = startJ; cj < movable.Length; cj++)
            {
                var j = movable[cj];
                var tj = _table[tableOffset + j];
                if (tj == ti)
                {
                    continue;
                }

                double dv = 0;
                long dc = 0;
                if (_hasScore)
                {
                    dv = _gainA[tj] + a[ti * n + j] - ownA[j] - 2 * _v[rowI + j];
                }

                if (_trackConflicts)
                {
                    dc = _gainB[tj] + b[ti * n + j] - ownB[j] - 2 * PairConflict(rowI + j);
                }

                var delta = dv - _penalty * dc;
                if (delta < _choiceDelta - Epsilon && delta <= _fallbackDelta)
                {
                    continue;
                }

                var isTabu = tabu[tj * n + i] > iteration || tabu[ti * n + j] > iteration;
                Consider(round, i, j, -1, dv, dc, isTabu, bestPossible, conflictGap, random);
            }

            if (flexible && _size[tableBase + ti] > _min[tableBase + ti])
            {
                for (var h = 0; h < tables; h++)
                {
                    if (h != ti && _size[tableBase + h] < _max[tableBase + h])
                    {
                        Consider(round, i, -1, h, _gainA[h], _gainB[h], tabu[h * n + i] > iteration, bestPossible, conflictGap, random);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Consider(int round, int i, int j, int h, double dv, long dc, bool isTabu, double bestPossible, long conflictGap, Random random)
    {
        var delta = dv - _penalty * dc;
        if (isTabu && !(dc < conflictGap || (dc == conflictGap && dv > bestPossible + Epsilon)))
        {
            if (delta > _fallbackDelta)
            {
                (_fallbackDelta, _fallbackRound, _fallbackI, _fallbackJ, _fallbackH) = (delta, round, i, j, h);
            }
        }
        else if (delta > _choiceDelta + Epsilon)
        {
            (_choiceDelta, _choiceRound, _choiceI, _choiceJ, _choiceH, _ties) = (delta, round, i, j, h, 1);
        }
        else if (delta > _choiceDelta - Epsilon && random.Next(++_ties) == 0)
        {
            (_choiceRound, _choiceI, _choiceJ, _choiceH) = (round, i, j, h);
        }
    }

    private int TabuTenure(Random random, int movable, int tables)
    {
        // A weighted plan of several rounds takes its steps in the rounds in turn, so a move stays tabu for fewer of its own
        // round's steps; on the 300-person bench a longer random part (up to a third of the round's movable people rather
        // than a tenth) gave 985.4 -> 989.3 at 125,000 steps and 994.3 -> 997.4 at 500,000 (docs/benchmarks.md).
        var spread = _hasScore && !SingleRound && _rounds - _firstFree > 1 ? movable / 3 : movable / 10;
        var tenure = Math.Max(2, movable / Math.Max(1, tables) / 2) + random.Next(Math.Max(2, spread));
        return SingleRound ? Math.Max(1, tenure / 2) : tenure;
    }

    private long PairConflict(int pairIndex) =>
        (_meet[pairIndex] > 0 ? 1 : 0) + (_apart.Length > 0 ? _apart[pairIndex] * ApartWeight : 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ApplySwap(int round, int first, int second)
    {
        var n = _n;
        var tf = _table[round * n + first];
        var ts = _table[round * n + second];
        var pair = first * n + second;
        if (_hasScore)
        {
            var a = _a[round];
            _value += a[ts * n + first] - a[tf * n + first] + a[tf * n + second] - a[ts * n + second] - 2 * _v[pair];
        }

        if (_trackConflicts)
        {
            var b = _b[round];
            _conflict += b[ts * n + first] - b[tf * n + first] + b[tf * n + second] - b[ts * n + second] - 2 * PairConflict(pair);
        }

        Swap(round, first, second);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ApplyMove(int round, int person, int to)
    {
        var n = _n;
        var from = _table[round * n + person];
        if (_hasScore)
        {
            _value += _a[round][to * n + person] - _a[round][from * n + person];
        }

        if (_trackConflicts)
        {
            _conflict += _b[round][to * n + person] - _b[round][from * n + person];
        }

        Remove(round, person);
        Place(round, person, to);
    }

    private void Perturb(Random random, int movableTotal)
    {
        var strength = Math.Max(2, movableTotal / (10 * Math.Max(1, _rounds - _firstFree)));
        for (var s = 0; s < strength; s++)
        {
            var round = _firstFree + random.Next(_rounds - _firstFree);
            var movable = _movable[round];
            if (movable.Length < 2)
            {
                continue;
            }

            var i = movable[random.Next(movable.Length)];
            var j = movable[random.Next(movable.Length)];
            if (_table[round * _n + i] != _table[round * _n + j])
            {
                ApplySwap(round, i, j);
            }
        }

        foreach (var tabu in _tabu)
        {
            Array.Clear(tabu);
        }

        ClearPairs();
    }

    private static (int[] Home, int Count) Homes(SeatingProblem problem, SeatingPlan previous, int firstFree)
    {
        var n = problem.PersonCount;
        var home = new int[problem.RoundCount * n];
        Array.Fill(home, -1);
        var count = 0;
        for (var r = firstFree; r < Math.Min(problem.RoundCount, previous.RoundCount); r++)
        {
            var tables = previous.Rounds[r];
            for (var t = 0; t < tables.Count; t++)
            {
                foreach (var i in tables[t])
                {
                    if ((uint)i < (uint)n && problem.IsPresent(r, i) && home[r * n + i] < 0)
                    {
                        home[r * n + i] = t;
                        count++;
                    }
                }
            }
        }

        return count > 0 ? (home, count) : ([], 0);
    }

    private double Score(int round, int person, int table) =>
        (_hasScore ? _a[round][table * _n + person] : 0) - (_trackConflicts ? _penalty * _b[round][table * _n + person] : 0);

    private bool HasTableBelowMinimum(int round)
    {
        for (var id = _tableBase[round]; id < _tableBase[round + 1]; id++)
        {
            if (_size[id] < _min[id])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the table with room where <paramref name="person"/> scores best, ties broken at random.</summary>
    private int BestTable(int round, int person, bool belowMinimumOnly, Random random)
    {
        var baseId = _tableBase[round];
        var best = -1;
        var bestScore = double.NegativeInfinity;
        var ties = 0;
        for (var t = 0; t < _tableCount[round]; t++)
        {
            var id = baseId + t;
            if (_size[id] >= (belowMinimumOnly ? _min[id] : _max[id]))
            {
                continue;
            }

            Consider(t, Score(round, person, t), ref best, ref bestScore, ref ties, random);
        }

        return best;
    }

    /// <summary>Moves the seated person who loses least by it from a table above its minimum to one below.</summary>
    private void MoveLeastCostlyToTableBelowMinimum(int round)
    {
        var baseId = _tableBase[round];
        var (person, to) = (-1, -1);
        var bestDelta = double.NegativeInfinity;
        foreach (var i in _movable[round])
        {
            var from = _table[round * _n + i];
            if (_size[baseId + from] <= _min[baseId + from])
            {
                continue;
            }

            var own = Score(round, i, from);
            for (var t = 0; t < _tableCount[round]; t++)
            {
                if (_size[baseId + t] < _min[baseId + t] && Score(round, i, t) - own > bestDelta)
                {
                    (person, to, bestDelta) = (i, t, Score(round, i, t) - own);
                }
            }
        }

        Remove(round, person);
        Place(round, person, to);
    }

    private int[] TargetSizes(int round)
    {
        var tables = _tableCount[round];
        var target = new int[tables];
        var present = 0;
        for (var i = 0; i < _n; i++)
        {
            if (_problem.IsPresent(round, i))
            {
                present++;
                var pin = _problem.PinnedTable(i);
                if (pin >= 0)
                {
                    target[pin]++;
                }
            }
        }

        var baseId = _tableBase[round];
        var seated = 0;
        for (var t = 0; t < tables; t++)
        {
            target[t] = Math.Max(target[t], _min[baseId + t]);
            seated += target[t];
        }

        for (; seated < present; seated++)
        {
            var best = -1;
            for (var t = 0; t < tables; t++)
            {
                if (target[t] < _max[baseId + t]
                    && (best < 0 || (long)target[t] * _max[baseId + best] < (long)target[best] * _max[baseId + t]))
                {
                    best = t;
                }
            }

            target[best]++;
        }

        return target;
    }

    private void SaveBest()
    {
        Array.Copy(_table, _bestTable, _table.Length);
        (_bestValue, _bestConflict, _bestKept) = (_value, _conflict, _kept);
    }

    private void Restore()
    {
        if (_bestConflict == _conflict && Math.Abs(_bestValue - _value) <= Epsilon && _table.AsSpan().SequenceEqual(_bestTable))
        {
            return;
        }

        Clear();
        for (var r = 0; r < _rounds; r++)
        {
            for (var i = 0; i < _n; i++)
            {
                var t = _bestTable[r * _n + i];
                if (t >= 0)
                {
                    Place(r, i, t);
                }
            }
        }

        Recount();
    }

    private void Clear()
    {
        ClearPairs();
        Array.Fill(_table, -1);
        Array.Clear(_size);
        Array.Clear(_meet);
        foreach (var a in _a)
        {
            Array.Clear(a);
        }

        _kept = 0;
        if (_moveBonus > 0)
        {
            for (var r = _firstFree; r < _rounds; r++)
            {
                for (var i = 0; i < _n; i++)
                {
                    var home = _home[r * _n + i];
                    if (home >= 0 && home < _tableCount[r])
                    {
                        _a[r][home * _n + i] += _moveBonus;
                    }
                }
            }
        }

        foreach (var b in _b)
        {
            Array.Clear(b);
        }
    }

    private void Recount()
    {
        var n = _n;
        double value = 0;
        long apart = 0;
        for (var r = 0; r < _rounds; r++)
        {
            for (var i = 0; i < n; i++)
            {
                var t = _table[r * n + i];
                if (t < 0)
                {
                    continue;
                }

                var start = _memberStart[_tableBase[r] + t];
                var size = _size[_tableBase[r] + t];
                for (var m = 0; m < size; m++)
                {
                    var k = _members[start + m];
                    if (k > i)
                    {
                        value += _v[i * n + k];
                        apart += _apart.Length > 0 ? _apart[i * n + k] : 0;
                    }
                }
            }
        }

        long repeats = 0;
        foreach (var m in _meet)
        {
            repeats += Math.Max(0, m - 1);
        }

        _value = value + _moveBonus * _kept;
        _conflict = repeats / 2 + apart * ApartWeight;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Place(int round, int person, int table)
    {
        var n = _n;
        var id = _tableBase[round] + table;
        if (_hasScore)
        {
            AddRow(_a[round].AsSpan(table * n, n), _v.AsSpan(person * n, n), 1);
        }

        if (_trackConflicts)
        {
            var b = _b[round].AsSpan(table * n, n);
            var row = person * n;
            for (var k = 0; k < n; k++)
            {
                b[k] += (int)PairConflict(row + k);
            }
        }

        var start = _memberStart[id];
        var size = _size[id];
        for (var m = 0; m < size; m++)
        {
            var k = _members[start + m];
            var old = _meet[person * n + k];
            _meet[person * n + k] = _meet[k * n + person] = (byte)(old + 1);
            if (_trackConflicts)
            {
                UpdateOtherRounds(round, person, k, old, old + 1);
            }
        }

        _members[start + size] = person;
        _slot[round * n + person] = size;
        _size[id] = size + 1;
        _table[round * n + person] = table;
        CopySeats(round, table);
        if (_home.Length > 0 && _home[round * n + person] == table)
        {
            _kept++;
        }

        Invalidate(round, table);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Remove(int round, int person)
    {
        var n = _n;
        var table = _table[round * n + person];
        var id = _tableBase[round] + table;
        var start = _memberStart[id];
        var size = _size[id] - 1;
        var slot = _slot[round * n + person];
        var last = _members[start + size];
        _members[start + slot] = last;
        _slot[round * n + last] = slot;
        _size[id] = size;
        _table[round * n + person] = -1;
        if (_home.Length > 0 && _home[round * n + person] == table)
        {
            _kept--;
        }

        Invalidate(round, table);
        for (var m = 0; m < size; m++)
        {
            var k = _members[start + m];
            var old = _meet[person * n + k];
            _meet[person * n + k] = _meet[k * n + person] = (byte)(old - 1);
            if (_trackConflicts)
            {
                UpdateOtherRounds(round, person, k, old, old - 1);
            }
        }

        if (_hasScore)
        {
            AddRow(_a[round].AsSpan(table * n, n), _v.AsSpan(person * n, n), -1);
        }

        if (_trackConflicts)
        {
            var b = _b[round].AsSpan(table * n, n);
            var row = person * n;
            for (var k = 0; k < n; k++)
            {
                b[k] -= (int)PairConflict(row + k);
            }
        }

        CopySeats(round, table);
    }

    /// <summary>Copies A and B of the people at a table of a round, after they changed, to their own seats' copies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CopySeats(int round, int table)
    {
        var n = _n;
        var id = _tableBase[round] + table;
        var (start, size) = (_memberStart[id], _size[id]);
        var (a, b, seatA, seatB) = (_a[round], _b[round], _seatA[round], _seatB[round]);
        for (var m = 0; m < size; m++)
        {
            var k = _members[start + m];
            if (_hasScore)
            {
                seatA[k] = a[table * n + k];
            }

            if (_trackConflicts)
            {
                seatB[k] = b[table * n + k];
            }
        }
    }

    /// <summary>Keeps B of the other rounds when the number of times <paramref name="person"/> and <paramref name="other"/> meet changes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdateOtherRounds(int round, int person, int other, int oldMeetings, int newMeetings)
    {
        var n = _n;
        for (var r = 0; r < _rounds; r++)
        {
            if (r == round)
            {
                continue;
            }

            var tp = _table[r * n + person];
            var to = _table[r * n + other];
            if (tp < 0 || to < 0)
            {
                continue;
            }

            var together = tp == to ? 1 : 0;
            var before = oldMeetings - together > 0;
            var after = newMeetings - together > 0;
            if (before != after)
            {
                var d = after ? 1 : -1;
                _b[r][to * n + person] += d;
                _b[r][tp * n + other] += d;
                if (tp == to)
                {
                    _seatB[r][person] += d;
                    _seatB[r][other] += d;
                }
                if (d > 0 && tp != to)
                {
                    InvalidateIfMoved(r, tp, to, person, other);
                }
                else
                {
                    Invalidate(r, tp, to);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddRow(Span<double> target, ReadOnlySpan<double> row, double sign)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
        {
            var s = new Vector<double>(sign);
            for (; k <= target.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                var sum = new Vector<double>(target[k..]) + s * new Vector<double>(row[k..]);
                sum.CopyTo(target[k..]);
            }
        }

        for (; k < target.Length; k++)
        {
            target[k] += sign * row[k];
        }
    }

    // Keeps the best table so far; among tables that score the same (within Epsilon), each is kept with
    // equal chance (reservoir sampling), so ties do not always favour the first table.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Consider(int table, double score, ref int best, ref double bestScore, ref int ties, Random random)
    {
        if (score > bestScore + Epsilon)
        {
            (best, bestScore, ties) = (table, score, 1);
        }
        else if (score > bestScore - Epsilon && random.Next(++ties) == 0)
        {
            best = table;
        }
    }
}
