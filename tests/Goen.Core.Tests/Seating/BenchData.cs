namespace Goen.Core.Tests.Seating;

/// <summary>Finds the public benchmark instances in shared/bench beside the repository.</summary>
internal static class BenchData
{
    public static string MdgpPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Goen.slnx")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "bench", "mdgp", name + ".txt");
            }
        }

        throw new InvalidOperationException("The repository root (Goen.slnx) is not above the test binaries.");
    }
}
