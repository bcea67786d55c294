using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Goen.Cli.Tests;

public class SuggestCommandTests
{
    private static readonly string Community = CliRun.Samples("community.csv");

    [Fact]
    public void Json_IsOneArray_OnePersonPerRow_InFileOrder()
    {
        var run = CliRun.Of("suggest", "--profiles", Community, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var names = File.ReadAllLines(Community).Length > 0 ? Goen.Core.Profiles.ProfileCsv.Read(Community).Profiles.Select(p => p.Name).ToList() : [];
        Assert.Equal(names, json.RootElement.EnumerateArray().Select(e => e.GetProperty("person").GetString()));
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Json_SuggestionsFollowTheContract()
    {
        var run = CliRun.Of("suggest", "--profiles", Community, "--format", "json", "--top", "3");

        using var json = JsonDocument.Parse(run.Output);
        var someIntroduction = false;
        foreach (var person in json.RootElement.EnumerateArray())
        {
            Assert.Equal(["person", "introductions", "starters"], person.EnumerateObject().Select(p => p.Name));
            foreach (var (list, reasons) in new[] { ("introductions", "reasons"), ("starters", "topics") })
            {
                var entries = person.GetProperty(list).EnumerateArray().ToList();
                Assert.InRange(entries.Count, 0, 3);
                var scores = entries.Select(e => e.GetProperty("score").GetDouble()).ToList();
                Assert.All(scores, s => Assert.True(s > 0));
                Assert.Equal(scores.OrderDescending(), scores);
                Assert.All(entries, e =>
                {
                    Assert.Equal(list == "introductions" ? ["name", "score", reasons, "because"] : ["name", "score", reasons], e.EnumerateObject().Select(p => p.Name));
                    Assert.NotEqual(person.GetProperty("person").GetString(), e.GetProperty("name").GetString());
                    Assert.NotEmpty(e.GetProperty(reasons).EnumerateArray());
                });
                someIntroduction |= list == "introductions" && entries.Count > 0;
            }
        }

        Assert.True(someIntroduction);
    }

    [Fact]
    public void Json_EveryIntroductionSaysWhyInEnglishAndJapanese_QuotingTheFirstReason()
    {
        var run = CliRun.Of("suggest", "--profiles", Community, "--format", "json", "--top", "3");

        using var json = JsonDocument.Parse(run.Output);
        var introductions = json.RootElement.EnumerateArray()
            .SelectMany(p => p.GetProperty("introductions").EnumerateArray().Select(i => (Person: p.GetProperty("person").GetString()!, Introduction: i)))
            .ToList();
        Assert.NotEmpty(introductions);
        Assert.All(introductions, x =>
        {
            var helper = x.Introduction.GetProperty("name").GetString()!;
            var reason = x.Introduction.GetProperty("reasons")[0].GetString()!;
            var because = x.Introduction.GetProperty("because");
            Assert.Equal(["en", "ja"], because.EnumerateObject().Select(p => p.Name));
            Assert.Equal(Goen.Core.Matching.Because.Person(helper, reason, x.Person, CultureInfo.GetCultureInfo("en")), because.GetProperty("en").GetString());
            Assert.Equal(Goen.Core.Matching.Because.Person(helper, reason, x.Person, CultureInfo.GetCultureInfo("ja")), because.GetProperty("ja").GetString());
            Assert.StartsWith($"{helper} offers “", because.GetProperty("en").GetString(), StringComparison.Ordinal);
            Assert.StartsWith($"{helper}さんの「", because.GetProperty("ja").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void PersonNobodyCanHelp_GetsNoIntroduction_AndTheTableSaysSo()
    {
        var text = "name,offers,needs,interests\nA,ホームページ制作,白ホリのある撮影スタジオ,ゴルフ\nB,記帳代行,外国語の通訳,golf\n";
        using var file = CliRun.Temp(Encoding.UTF8.GetBytes(text));

        var json = JsonDocument.Parse(CliRun.Of("suggest", "--profiles", file.Path, "--format", "json").Output).RootElement;
        var table = CliRun.Of("suggest", "--profiles", file.Path, "--for", "A");

        Assert.All(json.EnumerateArray(), p => Assert.Empty(p.GetProperty("introductions").EnumerateArray()));
        Assert.NotEmpty(json[0].GetProperty("starters").EnumerateArray());
        Assert.Contains("まだいません", table.Output, StringComparison.Ordinal);
        Assert.Contains("nobody yet", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ManyPeople_IsWrittenInPiecesThatMakeOneValidDocument()
    {
        using var file = ManyPeople(700);

        var run = CliRun.Of("suggest", "--profiles", file.Path, "--format", "json", "--top", "2");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(Enumerable.Range(0, 700).Select(i => $"人 {i}"), json.RootElement.EnumerateArray().Select(p => p.GetProperty("person").GetString()));
        Assert.All(json.RootElement.EnumerateArray(), p => Assert.Equal(2, p.GetProperty("introductions").GetArrayLength()));
    }

    [Fact]
    public void Json_ManyPeople_IsTheDocumentOneWriterWouldWrite()
    {
        using var file = ManyPeople(700);

        var output = CliRun.Of("suggest", "--profiles", file.Path, "--format", "json", "--top", "2").Output;

        // The same document rewritten whole by one writer with the CLI's options: the pieces join without a seam.
        using var json = JsonDocument.Parse(output);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            json.WriteTo(writer);
        }

        Assert.Equal(Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine, output);
    }

    [Fact]
    public async Task Json_OnTheProcessStandardOutput_IsTheSameAsThroughAWriter()
    {
        using var file = ManyPeople(700);
        var inProcess = CliRun.Of("suggest", "--profiles", file.Path, "--format", "json", "--top", "2").Output;
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "goen.dll"), "suggest", "--profiles", file.Path, "--format", "json", "--top", "2" })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = System.Diagnostics.Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = await child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, child.ExitCode);
        Assert.Empty(await error);
        Assert.Equal(inProcess, output);
    }

    private static TempFile ManyPeople(int count)
    {
        // Two kinds of people who meet each other's needs. Each offer names more than a one-word service: 350 identical one-word
        // offers that tie for the first place are candidates the confidence model does not stand behind.
        var rows = Enumerable.Range(0, count).Select(i => $"人 {i},{(i % 2 == 0 ? "ホームページ制作、WordPress" : "記帳代行")},{(i % 2 == 0 ? "経理の外注" : "ホームページ")},{(i % 3 == 0 ? "ゴルフ" : "wine")}");
        return CliRun.Temp(Encoding.UTF8.GetBytes("name,offers,needs,interests\n" + string.Join('\n', rows) + "\n"));
    }

    [Fact]
    public void Json_TopDefaultsToFive()
    {
        var run = CliRun.Of("suggest", "--profiles", Community, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(5, json.RootElement.EnumerateArray().Max(p => p.GetProperty("starters").GetArrayLength()));
    }

    [Fact]
    public void Json_KeepsJapaneseReadable()
    {
        var run = CliRun.Of("suggest", "--profiles", Community, "--format", "json");

        Assert.Contains("\"person\": \"佐藤 健\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ShowsPeopleAndReasons()
    {
        var run = CliRun.Of("suggest", "--profiles", Community, "--top", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("佐藤 健", run.Output, StringComparison.Ordinal);
        Assert.Contains("紹介できる人", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShiftJisFile_IsReadLikeUtf8()
    {
        var text = "名前,できること,探していること,雑談ネタ\n佐藤 健,ホームページ制作,経理,ゴルフ\n山本 大輔,記帳代行,ホームページ,golf\n";
        using var file = CliRun.Temp(Goen.Core.Profiles.TextFileDecoder.ShiftJis().GetBytes(text));

        var run = CliRun.Of("suggest", "--profiles", file.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("山本 大輔", json.RootElement[0].GetProperty("introductions")[0].GetProperty("name").GetString());
        Assert.Equal("golf ↔ ゴルフ", json.RootElement[0].GetProperty("starters")[0].GetProperty("topics")[0].GetString());
    }

    [Theory]
    [InlineData("name,offers\nA,\"ロゴ\nB,写真\n", "line 2, column 2")]
    [InlineData("会社,offers\nA,ロゴ\n", "no column names the person")]
    [InlineData("", "the file is empty")]
    public void BadFile_ExplainsWhatAndWhere_AndPrintsNoJson(string content, string expected)
    {
        using var file = CliRun.Temp(Encoding.UTF8.GetBytes(content));
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var run = CliRun.Of("suggest", "--profiles", file.Path, "--format", "json");

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Output);
            Assert.Contains(file.Path, run.Error, StringComparison.Ordinal);
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void MissingFile_IsAClearError()
    {
        var run = CliRun.Of("suggest", "--profiles", "no-such-file.csv", "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-file.csv", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--top", "0")]
    public void BadOption_IsRejected(string option, string value)
    {
        var run = CliRun.Of("suggest", "--profiles", Community, option, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void For_OnePerson_PrintsOnlyTheirHelpersWithReasons()
    {
        var all = JsonDocument.Parse(CliRun.Of("suggest", "--profiles", Community, "--format", "json").Output).RootElement;
        var someone = all.EnumerateArray().First(p => p.GetProperty("introductions").GetArrayLength() > 0);
        var name = someone.GetProperty("person").GetString()!;

        var run = CliRun.Of("suggest", "--profiles", Community, "--format", "json", "--for", name.Replace(" ", "　", StringComparison.Ordinal));

        Assert.Equal(0, run.ExitCode);
        var only = Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray());
        Assert.Equal(name, only.GetProperty("person").GetString());
        var helpers = only.GetProperty("introductions").EnumerateArray().ToList();
        Assert.NotEmpty(helpers);
        Assert.Equal(someone.GetProperty("introductions")[0].GetProperty("name").GetString(), helpers[0].GetProperty("name").GetString());
        Assert.All(helpers, h => Assert.NotEmpty(h.GetProperty("reasons").EnumerateArray()));
        Assert.Equal(someone.GetProperty("starters").EnumerateArray().Select(m => m.GetProperty("name").GetString()), only.GetProperty("starters").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
    }

    [Fact]
    public void For_NameNotInFile_SaysSoAndExits2()
    {
        var run = CliRun.Of("suggest", "--profiles", Community, "--for", "Nobody Here");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"Nobody Here\" is not in the file", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }
}
