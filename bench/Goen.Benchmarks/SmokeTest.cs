using Goen.Benchmarks.Matching;

namespace Goen.Benchmarks;

/// <summary>The <c>--test</c> mode CI runs so the benchmarks keep compiling and running, on the smallest settings.</summary>
internal static class SmokeTest
{
    public static int Run()
    {
        var benchmarks = new MatchingBenchmarks { People = 1_000 };
        benchmarks.Setup();
        var checks = benchmarks.Analyze1000() > 0 && benchmarks.RankHelpers1000() > 0 && benchmarks.ExplainHelp1000() >= 0;
        var status = SuggestComparison.Run(["--sizes", "300", "--repeat", "1"]);
        Console.WriteLine(checks && status == 0 ? "benchmark smoke test: ok" : "benchmark smoke test: FAILED");
        return checks && status == 0 ? 0 : 1;
    }
}
