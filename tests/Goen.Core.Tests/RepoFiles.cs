namespace Goen.Core.Tests;

/// <summary>Finds files kept in the repository (samples/, tests/data/) from the test binaries' folder.</summary>
internal static class RepoFiles
{
    /// <summary>The repository root: the first folder above the test binaries that holds Goen.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The path of a file in samples/.</summary>
    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Goen.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Goen.slnx) is not above the test binaries.");
    }
}
