using BenchmarkDotNet.Attributes;
using Goen.Core.Seating;

namespace Goen.Benchmarks.Seating;

/// <summary>The optimizer's hot loop: scoring every swap of one person, and applying a swap with its bookkeeping.</summary>
/// <remarks>A 240-person round at 12 tables of 20 (MDGP n=240 size), and a 300-person, 5-round event at tables of 6.</remarks>
[MemoryDiagnoser]
public class SwapBenchmarks
{
    private SeatingSearch _single = null!;
    private SeatingSearch _event = null!;
    private (int First, int Second) _singlePair;
    private (int First, int Second) _eventPair;

    [GlobalSetup]
    public void Setup()
    {
        var single = new SeatingProblem(SyntheticEvent.Values(240, seed: 240, density: 1), 1, Enumerable.Repeat(TableSpec.Fixed(20), 12).ToArray());
        _single = Seated(single);
        _event = Seated(SyntheticEvent.Problem(300, 5, 6, seed: 300, hosts: 2));
        _singlePair = PairAcrossTables(_single, 0);
        _eventPair = PairAcrossTables(_event, 2);
    }

    [Benchmark]
    public double ScoreAllSwapsOfOnePerson_Mdgp240() => _single.BestSwapDelta(0, 17);

    [Benchmark]
    public void SwapAndSwapBack_Mdgp240() => SwapTwice(_single, 0, _singlePair);

    [Benchmark]
    public void SwapAndSwapBack_Event300x5() => SwapTwice(_event, 2, _eventPair);

    internal static SeatingSearch Seated(SeatingProblem problem)
    {
        var search = new SeatingSearch(problem, 0);
        search.SeatFreeRounds(new Random(1), null);
        return search;
    }

    private static (int, int) PairAcrossTables(SeatingSearch search, int round)
    {
        var plan = search.ToPlan();
        return (plan.Rounds[round][3][1], plan.Rounds[round][4][1]);
    }

    private static void SwapTwice(SeatingSearch search, int round, (int First, int Second) pair)
    {
        search.Swap(round, pair.First, pair.Second);
        search.Swap(round, pair.First, pair.Second);
    }
}
