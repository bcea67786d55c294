namespace Goen.Core.Tests.Seating;

/// <summary>Finds the public benchmark instances the tests use, kept in the repository's tests/data/mdgp.</summary>
internal static class BenchData
{
    public static string MdgpPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Goen.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "data", "mdgp", name + ".txt");
            }
        }

        throw new InvalidOperationException("The repository root (Goen.slnx) is not above the test binaries.");
    }
}
