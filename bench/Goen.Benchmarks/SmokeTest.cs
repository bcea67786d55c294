namespace Goen.Benchmarks;

/// <summary>The <c>--test</c> mode CI runs so the benchmarks keep compiling and running.</summary>
internal static class SmokeTest
{
    public static int Run()
    {
        Console.WriteLine("benchmark smoke test: ok");
        return 0;
    }
}
