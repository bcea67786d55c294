namespace Goen.Core.Seating;

/// <summary>
/// Where searches side by side meet every <see cref="Period"/> steps: each hands in its best plan, and each whose plan is
/// worse than the best of them all walks from its own toward that one (path relinking) and searches on from the best plan
/// on the way.
/// </summary>
/// <remarks>
/// The searches wait for each other at a barrier, so at a <see cref="SeatingOptions.MaxIterations"/> budget what each does
/// depends only on the seeds. A search that stops leaves the barrier, and the others go on without it.
/// </remarks>
internal sealed class SeatingExchange : IDisposable
{
    private readonly Barrier _barrier;
    private readonly int[][][] _plans;
    private readonly (long Conflict, double Value)[][] _scores;
    private readonly long[] _handedIn;
    private readonly int[] _guide;

    public SeatingExchange(int searches, int seats, long period, long meetings)
    {
        Period = period;
        Meetings = meetings;
        _plans = [.. Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, searches).Select(_ => new int[seats]).ToArray())];
        _scores = [new (long, double)[searches], new (long, double)[searches]];
        _handedIn = new long[searches];
        Array.Fill(_handedIn, -1);
        _guide = new int[searches];
        _barrier = new Barrier(searches, Decide);
    }

    /// <summary>Gets after how many steps of each search they meet.</summary>
    public long Period { get; }

    /// <summary>Gets how many times they meet at most.</summary>
    public long Meetings { get; }

    /// <summary>
    /// Hands in <paramref name="search"/>'s best plan, waits for the others, and returns the plan to walk toward, or
    /// null if this search's plan is the best (plans of searches that did not hand one in this time are not looked at).
    /// </summary>
    public int[]? Meet(int index, SeatingSearch search, CancellationToken cancellationToken)
    {
        var phase = _barrier.CurrentPhaseNumber;
        var side = (int)(phase & 1);
        _scores[side][index] = search.CopyBest(_plans[side][index]);
        _handedIn[index] = phase;
        _barrier.SignalAndWait(cancellationToken);
        return _guide[index] >= 0 ? _plans[side][_guide[index]] : null;
    }

    /// <summary>Leaves the meetings; called once by each search when it stops.</summary>
    public void Leave() => _barrier.RemoveParticipant();

    /// <inheritdoc/>
    public void Dispose() => _barrier.Dispose();

    private void Decide(Barrier barrier)
    {
        var phase = barrier.CurrentPhaseNumber;
        var side = (int)(phase & 1);
        var scores = _scores[side];
        var best = -1;
        for (var k = 0; k < _guide.Length; k++)
        {
            if (_handedIn[k] == phase && (best < 0 || IsBetter(scores[k], scores[best])))
            {
                best = k;
            }
        }

        for (var k = 0; k < _guide.Length; k++)
        {
            _guide[k] = _handedIn[k] == phase && k != best && IsBetter(scores[best], scores[k]) ? best : -1;
        }
    }

    private static bool IsBetter((long Conflict, double Value) a, (long Conflict, double Value) b) =>
        a.Conflict < b.Conflict || (a.Conflict == b.Conflict && a.Value > b.Value + 1e-9);
}
