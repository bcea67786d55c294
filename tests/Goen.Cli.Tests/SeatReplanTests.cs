using System.Globalization;
using System.Text;
using Goen.Core.Seating;

namespace Goen.Cli.Tests;

/// <summary><c>goen seat --replan</c>: the remaining rounds of a saved plan re-planned after no-shows and walk-ins.</summary>
public sealed class SeatReplanTests : IDisposable
{
    private static readonly string Community = CliRun.Samples("community.csv");
    private readonly string _folder = Directory.CreateTempSubdirectory("goen-replan-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string SavedPlan()
    {
        var run = CliRun.Of("seat", "--profiles", Community, "--rounds", "3", "--table-size", "6", "--apart", "所属", "--max-iterations", "20000");
        Assert.True(run.ExitCode == 0, run.Error);
        var path = Path.Combine(_folder, "plan.json");
        File.WriteAllText(path, run.Output);
        return path;
    }

    /// <summary>
    /// Checks a plan file with the independent <see cref="PlanChecker"/>: everyone present seated once a round, tables of 5–6,
    /// colleagues apart, and no pair meeting twice; the problem is rebuilt from the file's attendees alone.
    /// </summary>
    private static void AssertValid(EventSeatingPlan plan)
    {
        var people = plan.Attendees.Count;
        var presence = new Presence(plan.Rounds.Count, people);
        for (var r = 0; r < plan.Rounds.Count; r++)
        {
            for (var i = 0; i < people; i++)
            {
                presence.Set(r, i, plan.Attendees[i].IsExpected(r));
            }
        }

        var tables = Enumerable.Range(0, plan.Rounds.Count).Select(r => TableSpec.Layout(presence.CountPresent(r), 6, 5, 6)).ToArray();
        var constraints = new SeatingConstraints().KeepApart([.. plan.Attendees.Select(a => a.ApartKey)]);
        var problem = new SeatingProblem(new PairValues(people), tables, constraints, presence);
        var position = plan.Attendees.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);

        var report = PlanChecker.Check(problem, new SeatingPlan(plan.Rounds.Select(r => r.Select(t => t.PersonIds.Select(id => position[id])))));

        Assert.Empty(report.Violations);
        Assert.Equal(0, report.Repeats);
    }

    [Fact]
    public void Replan_TwoAbsentOneWalkIn_PastRoundKeptWalkInSeatedWithANewId()
    {
        var saved = SavedPlan();
        var before = EventPlanJson.Read(File.ReadAllText(saved));

        var run = CliRun.Of("seat", "--replan", saved, "--from-round", "2", "--absent", "3,5", "--walk-in", "Walk In|Webデザイン|資金調達|ゴルフ", "--max-iterations", "20000");

        Assert.True(run.ExitCode == 0, run.Error);
        var after = EventPlanJson.Read(run.Output);
        AssertValid(after);
        Assert.Equal(before.Rounds[0].Select(t => t.PersonIds), after.Rounds[0].Select(t => t.PersonIds));
        Assert.Equal(before.Attendees.Select(a => a.Id).Append("walk-in-1"), after.Attendees.Select(a => a.Id));
        Assert.Equal("Walk In", after.Attendees[^1].Profile.Name);
        Assert.Equal("ゴルフ", after.Attendees[^1].Profile.Interests);
        for (var r = 1; r < 3; r++)
        {
            Assert.Equal([-1, -1], [after.TableOf(r, "3"), after.TableOf(r, "5")]);
            Assert.True(after.TableOf(r, "walk-in-1") >= 0);
        }
        Assert.Contains("re-planned from round 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("Walk In (walk-in-1)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replan_ChangesFile_SameAsTheOptions()
    {
        var saved = SavedPlan();
        var changes = Path.Combine(_folder, "changes.json");
        File.WriteAllText(changes, """{"fromRound": 2, "absent": ["3", "5"], "walkIns": [{"name": "Walk In", "offers": "Webデザイン", "needs": "資金調達", "interests": "ゴルフ"}]}""");

        var fromFile = CliRun.Of("seat", "--replan", saved, "--changes", changes, "--max-iterations", "20000");
        var fromOptions = CliRun.Of("seat", "--replan", saved, "--from-round", "2", "--absent", "3", "--absent", "5", "--walk-in", "Walk In|Webデザイン|資金調達|ゴルフ", "--max-iterations", "20000");

        Assert.True(fromFile.ExitCode == 0, fromFile.Error);
        Assert.Equal(fromOptions.Output, fromFile.Output);
    }

    [Fact]
    public void Replan_Twice_SecondKeepsTheFirstsChanges()
    {
        var saved = SavedPlan();
        var first = CliRun.Of("seat", "--replan", saved, "--from-round", "2", "--absent", "3", "--walk-in", "Ann", "--max-iterations", "20000");
        var again = Path.Combine(_folder, "again.json");
        File.WriteAllText(again, first.Output);

        var second = CliRun.Of("seat", "--replan", again, "--from-round", "3", "--walk-in", "Ben", "--max-iterations", "20000");

        Assert.True(second.ExitCode == 0, second.Error);
        var plan = EventPlanJson.Read(second.Output);
        AssertValid(plan);
        Assert.Equal(-1, plan.TableOf(2, "3"));
        Assert.True(plan.TableOf(2, "walk-in-1") >= 0);
        Assert.True(plan.TableOf(2, "walk-in-2") >= 0);
    }

    [Fact]
    public void Replan_Csv_SameRowsAsAPlan()
    {
        var saved = SavedPlan();

        var run = CliRun.Of("seat", "--replan", saved, "--from-round", "3", "--walk-in", "Ann", "--max-iterations", "2000", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFFRound,Table,Name,Topics", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith("3,", StringComparison.Ordinal) && l.Contains(",Ann,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--from-round 2 --absent 999", "No attendee has the id \"999\"")]
    [InlineData("--absent 3", "--replan needs --from-round N")]
    [InlineData("--from-round 4", "Round 4 cannot be re-planned: the plan has rounds 1 to 3")]
    [InlineData("--from-round 2 --walk-in |design", "--walk-in \"|design\" has no name")]
    public void Replan_BadChanges_ErrorAndExit2(string arguments, string expected)
    {
        var saved = SavedPlan();

        var run = CliRun.Of(["seat", "--replan", saved, .. arguments.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replan_NotAPlan_ErrorSaysSo()
    {
        using var file = CliRun.Temp(Encoding.UTF8.GetBytes("{\"rounds\": []}"), ".json");

        var run = CliRun.Of("seat", "--replan", file.Path, "--from-round", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a seating plan written by goen seat", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja-JP", "ja", "ラウンド 1", "テーブル 1", "席次表")]
    [InlineData("en-US", "en", "Round 1", "Table 1", "Seating plan")]
    public void Html_UserLanguage_LabelsAndTitleInIt(string culture, string lang, string round, string table, string title)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var run = CliRun.Of("seat", "--profiles", Community, "--rounds", "2", "--table-size", "6", "--max-iterations", "2000", "--format", "html");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"<html lang=\"{lang}\">", run.Output, StringComparison.Ordinal);
            Assert.Contains($"<h2>{round}</h2>", run.Output, StringComparison.Ordinal);
            Assert.Contains($"<h3>{table}</h3>", run.Output, StringComparison.Ordinal);
            Assert.Contains($"<title>{title}", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
