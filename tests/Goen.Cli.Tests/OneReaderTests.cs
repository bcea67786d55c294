using System.Globalization;
using System.Text.Json;
using Goen.Core.Profiles;

namespace Goen.Cli.Tests;

/// <summary>A people file gives the command line the same people and the same rejected rows as the web import.</summary>
public class OneReaderTests
{
    private static readonly string File = CliRun.Samples("people-with-problems.csv");

    [Fact]
    public void Suggest_FileWithBadRows_TellsEachRejectedRowAsTheImportPageDoes_AndGoesOnWithTheOthers()
    {
        var bytes = System.IO.File.ReadAllBytes(File);
        var table = AttendeeCsv.ReadTable(bytes, "people-with-problems.csv");
        var mapping = AttendeeCsv.GuessMapping(table.Headers, AttendeeCsv.Detect(table.Headers));
        var page = AttendeeCsv.Interpret(table, mapping);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        CliRun run;
        try
        {
            run = CliRun.Of("suggest", "--profiles", File, "--format", "json");
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        Assert.Equal(0, run.ExitCode);
        var told = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": Line ", StringComparison.Ordinal)).ToList();
        Assert.Equal(page.Rejected.Select(r => $"{File}: {r.LocalizedMessage(CultureInfo.GetCultureInfo("en"))}"), told);
        Assert.Equal([3, 4, 6, 7, 8], page.Rejected.Select(r => r.Line));
        using var json = JsonDocument.Parse(run.Output);
        var suggested = json.RootElement.EnumerateArray().Select(p => p.GetProperty("person").GetString()).ToList();
        Assert.Equal(page.Accepted.Where(a => a.Status == AttendeeStatus.Attending).Select(a => a.Profile.Name), suggested);
        Assert.Equal(["佐藤 健", "田中 一郎", "中村 翔"], suggested);
        Assert.Contains("left out 2 people who are not coming", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Seat_FileWhereEveryRowIsLeftOut_FailsAfterTellingEachRow()
    {
        using var file = CliRun.Temp("name,offers\n,ロゴ\n,写真\n"u8.ToArray());

        var run = CliRun.Of("seat", "--profiles", file.Path, "--rounds", "1", "--table-size", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(3, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
