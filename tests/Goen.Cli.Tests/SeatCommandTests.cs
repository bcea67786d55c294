using System.CommandLine;
using System.Text.Json;
using Goen.Cli.Commands;
using Goen.Core.Seating;

namespace Goen.Cli.Tests;

public sealed class SeatCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("goen-seat-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Mdgp_Instance12_ExactJsonShapeAtOptimum()
    {
        var (code, output, error) = Run("--mdgp", MdgpPath("RanReal_n012_ss_01"), "--max-iterations", "20000", "--time-limit", "60", "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith("{\"objective\": 956.43, \"groups\": [[", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["objective", "groups"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.EnumerateArray().Select(e => e.GetInt32()).ToArray()).ToArray();
        Assert.Equal(4, groups.Length);
        Assert.All(groups, g => Assert.Equal(3, g.Length));
        Assert.Equal(Enumerable.Range(0, 12), groups.SelectMany(g => g).Order());
    }

    [Fact]
    public void Mdgp_DifferentSizes_GroupsWithinBounds()
    {
        var file = Write("ds.txt", Instance(6, "2 ds 1 2 3 5"));

        var (code, output, _) = Run("--mdgp", file, "--max-iterations", "200");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var sizes = json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetArrayLength()).ToArray();
        Assert.InRange(sizes[0], 1, 2);
        Assert.InRange(sizes[1], 3, 5);
        Assert.Equal(10.0, json.RootElement.GetProperty("objective").GetDouble(), 6);
    }

    [Fact]
    public void Golfers_445_ExactJsonShapeNoRepeats()
    {
        var (code, output, _) = Run("--golfers", "4-4-5", "--time-limit", "20", "--format", "json");

        Assert.Equal(0, code);
        Assert.StartsWith("{\"rounds\": [[[", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["rounds", "repeats"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, json.RootElement.GetProperty("repeats").GetInt32());
        var rounds = json.RootElement.GetProperty("rounds").EnumerateArray().ToArray();
        Assert.Equal(5, rounds.Length);
        Assert.All(rounds, r => Assert.Equal(Enumerable.Range(0, 16), r.EnumerateArray().SelectMany(g => g.EnumerateArray().Select(e => e.GetInt32())).Order()));
    }

    [Fact]
    public void Golfers_Impossible664_ReportsRepeats()
    {
        var (code, output, _) = Run("--golfers", "6-6-4", "--time-limit", "1");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("repeats").GetInt32() > 0);
    }

    [Theory]
    [InlineData("--format xml", "unknown format \"xml\"; use json, csv or html.")]
    [InlineData("--profiles people.csv --table-size 6", "--profiles needs --rounds R (1 to 255) and --table-size S")]
    [InlineData("--golfers 4-4", "A golfer instance is written g-s-w")]
    [InlineData("--golfers 100-100-2", "100-100-2 is too large: at most 2000 golfers")]
    [InlineData("--golfers 4-4-5 --mdgp x.txt", "give exactly one of")]
    [InlineData("", "give exactly one of")]
    public void Seat_BadArguments_ErrorAndNonZeroExit(string arguments, string expected)
    {
        var args = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!args.Contains("--golfers") && !args.Contains("--profiles") && args.Length > 0 && args[0] == "--format")
        {
            args = ["--golfers", "2-2-2", .. args];
        }

        var (code, output, error) = Run(args);

        Assert.NotEqual(0, code);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mdgp_MalformedFile_ErrorNamesTheLine()
    {
        var file = Write("bad.txt", "4 2 ss 2 2 2 2\n0 1 1\n0 2 x\n");

        var (code, _, error) = Run("--mdgp", file);

        Assert.Equal(2, code);
        Assert.Contains("bad.txt: Line 3: expected \"i j d\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mdgp_GroupsTooSmall_ErrorSaysWhatCannotFit()
    {
        var file = Write("small.txt", Instance(5, "2 ss 2 2 2 2"));

        var (code, _, error) = Run("--mdgp", file);

        Assert.Equal(2, code);
        Assert.Contains("5 people are present but the 2 tables seat at most 4.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mdgp_MissingFile_ErrorSaysCannotRead()
    {
        var (code, _, error) = Run("--mdgp", Path.Combine(_folder, "missing.txt"));

        Assert.Equal(2, code);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SeatEvent_ApartPeoplePinnedTogether_ErrorSaysWhy()
    {
        var request = Request(8) with { ApartKeys = ["Acme", "Acme", null, null, null, null, null, null], Pins = new Dictionary<int, int> { [0] = 1, [1] = 1 } };
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = SeatCommand.SeatEvent(request, output, error);

        Assert.Equal(2, code);
        Assert.Equal("goen seat: Ann, Ben must sit apart but are all pinned to table 2.", error.ToString().Trim());
    }

    [Fact]
    public void SeatEvent_MorePinnedThanTableHolds_ErrorSaysWhy()
    {
        var request = Request(8) with { Pins = Enumerable.Range(0, 5).ToDictionary(i => i, _ => 0) };
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = SeatCommand.SeatEvent(request, output, error);

        Assert.Equal(2, code);
        Assert.Contains("5 people are pinned to table 1, which seats at most 4.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeatEvent_SizesCannotFitPeople_ErrorSaysWhy()
    {
        var request = Request(7) with { MinSize = 4 };
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = SeatCommand.SeatEvent(request, output, error);

        Assert.Equal(2, code);
        Assert.Contains("7 people cannot be seated at tables of 4–4", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeatEvent_Html_CardsWithNamesAndTopics()
    {
        var request = Request(8) with { Format = "html", TopicsForTable = people => [$"<topic {people.Count}>"], Language = "ja" };
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = SeatCommand.SeatEvent(request, output, error);

        Assert.Equal(0, code);
        var html = output.ToString();
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("<article class=\"card\">").Length - 1);
        Assert.Contains("&lt;topic 4&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li>Ann</li>", html, StringComparison.Ordinal);
    }

    private static SeatCommand.EventRequest Request(int people)
    {
        var values = new PairValues(people);
        for (var i = 0; i < people; i++)
        {
            for (var j = i + 1; j < people; j++)
            {
                values[i, j] = (i * 7 + j * 3) % 5;
            }
        }

        string[] names = ["Ann", "Ben", "Chie", "Dai", "Emi", "Fumi", "Gen", "Hana"];
        return new SeatCommand.EventRequest(values, names[..people], Rounds: 2, TableSize: 4) { MinSize = 4, MaxIterations = 200 };
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { SeatCommand.Create() };
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = root.Parse(["seat", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static string Instance(int n, string header)
    {
        var lines = new List<string> { $"{n} {header}" };
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                lines.Add($"{i} {j} 1");
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string MdgpPath(string name)
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

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
