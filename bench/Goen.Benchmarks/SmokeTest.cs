using Goen.Benchmarks.Matching;
using Goen.Benchmarks.Network;
using Goen.Benchmarks.Seating;

namespace Goen.Benchmarks;

/// <summary>The <c>--test</c> mode CI runs so the benchmarks keep compiling and running, on the smallest settings.</summary>
internal static class SmokeTest
{
    public static int Run()
    {
        var matching = new MatchingBenchmarks { People = 1_000 };
        matching.Setup();
        var checks = matching.Analyze1000() > 0 && matching.RankHelpers1000() > 0 && matching.ExplainHelp1000() >= 0;

        var swaps = new SwapBenchmarks();
        swaps.Setup();
        swaps.ScoreAllSwapsOfOnePerson_Mdgp240();
        swaps.SwapAndSwapBack_Mdgp240();
        swaps.SwapAndSwapBack_Event300x5();

        var suggest = SuggestComparison.Run(["--sizes", "300", "--repeat", "1"]);
        var trust = TrustComparison.Run([]);
        var seat = SeatingComparison.RunSmoke();
        var network = NetworkTiming.Smoke();
        var ok = checks && suggest == 0 && trust == 0 && seat == 0 && network;
        Console.WriteLine(ok ? "benchmark smoke test: ok" : "benchmark smoke test: FAILED");
        return ok ? 0 : 1;
    }
}
