using Goen.Benchmarks.Seating;

namespace Goen.Benchmarks;

/// <summary>The <c>--test</c> mode CI runs so the benchmarks keep compiling and running.</summary>
internal static class SmokeTest
{
    public static int Run()
    {
        var swaps = new SwapBenchmarks();
        swaps.Setup();
        swaps.ScoreAllSwapsOfOnePerson_Mdgp240();
        swaps.SwapAndSwapBack_Mdgp240();
        swaps.SwapAndSwapBack_Event300x5();
        var code = SeatingComparison.RunSmoke();
        Console.WriteLine("benchmark smoke test: ok");
        return code;
    }
}
