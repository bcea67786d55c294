using System.CommandLine;

namespace Goen.Cli.Tests;

/// <summary>Runs the <c>goen</c> command in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.CreateRoot().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The repository's samples folder, found from the test's output folder.</summary>
    public static string Samples(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("samples/ not found above the test folder"), "samples", file);
    }

    /// <summary>Writes a temporary file that is deleted when the returned scope ends.</summary>
    public static TempFile Temp(byte[] content, string extension = ".csv") => new(content, extension);
}

internal sealed class TempFile : IDisposable
{
    public TempFile(byte[] content, string extension)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"goen-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
