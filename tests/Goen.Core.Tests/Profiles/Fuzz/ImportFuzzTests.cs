namespace Goen.Core.Tests.Profiles.Fuzz;

/// <summary>Malformed files through the one people-file reader, as the web import and the CLI call it.</summary>
public class ImportFuzzTests
{
    [Fact]
    public async Task Read_MalformedFiles_NoCrashNoHangAndTheCliAgreesWithTheWeb()
    {
        var run = new FuzzRun();
        var files = FuzzRun.Count("GOEN_FUZZ_FILES", 2000);

        for (var i = 0; i < files; i++)
        {
            var (kind, bytes) = MalformedFiles.Make(FuzzRun.Seed, i);
            await run.RunAsync(i, kind, () => Task.FromResult(MalformedFiles.CheckCore(bytes, run)));
        }

        var summary = run.Summary("Core reader");
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(run.Failures.Count == 0, summary);
        Assert.Equal(files, run.Kinds.Values.Sum());
    }
}
