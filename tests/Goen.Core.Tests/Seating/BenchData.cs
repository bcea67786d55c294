namespace Goen.Core.Tests.Seating;

/// <summary>Finds the public benchmark instances the tests use, kept in the repository's tests/data/mdgp.</summary>
internal static class BenchData
{
    public static string MdgpPath(string name) => Path.Combine(RepoFiles.Root, "tests", "data", "mdgp", name + ".txt");
}
