using System.Text;
using System.Text.Json;
using Goen.Core.Profiles;

namespace Goen.Cli.Tests;

/// <summary><c>goen seat --profiles</c>: an event planned from a profile file with the pair-value engine.</summary>
public class SeatProfilesTests
{
    private static readonly string Community = CliRun.Samples("community.csv");

    private static JsonDocument Plan(params string[] extra)
    {
        var run = CliRun.Of(["seat", "--profiles", Community, "--rounds", "3", "--table-size", "6", "--max-iterations", "20000", "--format", "json", .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output);
    }

    private static List<List<string>> Tables(JsonDocument plan, int round) =>
        [.. plan.RootElement.GetProperty("rounds")[round].GetProperty("tables").EnumerateArray()
            .Select(t => t.GetProperty("people").EnumerateArray().Select(p => p.GetString()!).ToList())];

    [Fact]
    public void Json_SeatsEveryoneOncePerRound_NoPairTwice()
    {
        using var plan = Plan();

        var names = ProfileCsv.Read(Community).Profiles.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var met = new HashSet<(string, string)>();
        for (var round = 0; round < 3; round++)
        {
            var tables = Tables(plan, round);
            Assert.Equal(names, tables.SelectMany(t => t).Order(StringComparer.Ordinal));
            foreach (var table in tables)
            {
                Assert.InRange(table.Count, 5, 7);
                foreach (var a in table)
                {
                    foreach (var b in table.Where(b => string.CompareOrdinal(a, b) < 0))
                    {
                        Assert.True(met.Add((a, b)), $"{a} and {b} meet twice");
                    }
                }
            }
        }
    }

    [Fact]
    public void Apart_KeepsColleaguesAtDifferentTables()
    {
        using var plan = Plan("--apart", "所属");

        var organization = ProfileCsv.Read(Community).Profiles.ToDictionary(p => p.Name, p => p.Organization);
        for (var round = 0; round < 3; round++)
        {
            foreach (var table in Tables(plan, round))
            {
                var organizations = table.Select(n => organization[n]).Where(o => o.Length > 0).ToList();
                Assert.Equal(organizations.Count, organizations.Distinct().Count());
            }
        }
    }

    [Fact]
    public void Tables_CarrySharedTopics()
    {
        using var plan = Plan();

        var topics = plan.RootElement.GetProperty("rounds")[0].GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("topics").EnumerateArray().Select(x => x.GetString())).ToList();
        Assert.NotEmpty(topics);
    }

    [Fact]
    public void Html_IsAPrintablePage_WithEveryoneEncoded()
    {
        var text = "name,interests\n<b>Eve</b>,ゴルフ\nBob,golf\nCarol,ワイン\nDan,wine\n";
        using var file = CliRun.Temp(Encoding.UTF8.GetBytes(text));

        var run = CliRun.Of("seat", "--profiles", file.Path, "--rounds", "1", "--table-size", "2", "--min-size", "2", "--max-size", "2", "--max-iterations", "2000", "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("&lt;b&gt;Eve&lt;/b&gt;", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Eve", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ApartColumnMissing_SaysWhichColumnsThereAre()
    {
        var run = CliRun.Of("seat", "--profiles", Community, "--rounds", "2", "--table-size", "6", "--apart", "部署");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("部署", run.Error, StringComparison.Ordinal);
        Assert.Contains("organization", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadProfileFile_IsRejectedWithItsLine()
    {
        using var file = CliRun.Temp(Encoding.UTF8.GetBytes("name,offers\nA,\"unclosed\nB,x\n"));

        var run = CliRun.Of("seat", "--profiles", file.Path, "--rounds", "2", "--table-size", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(file.Path, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void TablesTooSmallForEveryone_IsAClearError()
    {
        var run = CliRun.Of("seat", "--profiles", Community, "--rounds", "1", "--table-size", "6", "--min-size", "6", "--max-size", "6");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("69", run.Error, StringComparison.Ordinal);
    }
}
