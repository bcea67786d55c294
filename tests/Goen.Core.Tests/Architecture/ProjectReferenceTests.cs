using System.Xml.Linq;

namespace Goen.Core.Tests.Architecture;

/// <summary>
/// The dependency rule of STYLE.md, held by the project files and the built assembly: Core ← Data ←
/// {Web, Cli}; Core knows no EF Core or ASP.NET; Web and Cli never reference each other.
/// </summary>
public class ProjectReferenceTests
{
    [Theory]
    [InlineData("Goen.Core", new string[0])]
    [InlineData("Goen.Data", new[] { "Goen.Core" })]
    [InlineData("Goen.Web", new[] { "Goen.Data" })]
    [InlineData("Goen.Cli", new[] { "Goen.Data" })]
    public void ProjectReferences_FollowTheLayers(string project, string[] allowed)
    {
        var references = ProjectReferences(project);

        Assert.Equal(allowed.Order(StringComparer.Ordinal), references.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Core_ReferencesNoFrameworkPackage()
    {
        var packages = PackageReferences("Goen.Core");

        Assert.DoesNotContain(packages, p => p.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || p.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || p.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public void CoreAssembly_LoadsNoFrameworkAssembly()
    {
        var referenced = typeof(Goen.Core.Profiles.Profile).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Ical.Net", referenced);
    }

    private static XDocument Project(string name) => XDocument.Load(Path.Combine(RepoFiles.Root, "src", name, name + ".csproj"));

    private static List<string> ProjectReferences(string name) =>
        [.. Project(name).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))];

    private static List<string> PackageReferences(string name) =>
        [.. Project(name).Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value)];
}
