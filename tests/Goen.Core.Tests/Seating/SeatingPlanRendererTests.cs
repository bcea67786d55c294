using System.Text.Json;
using Goen.Core.Seating;

namespace Goen.Core.Tests.Seating;

public class SeatingPlanRendererTests
{
    private static readonly SeatingPlanView View = new()
    {
        Plan = new SeatingPlan([[[0, 1], [2, 3]]]),
        Names = ["=SUM(A1)", "佐藤 \"Sato\"", "<b>Bo</b>", "+81 Tanaka"],
        Topics = [[["wine", "ワイン"], ["-golf"]]],
        Title = "Kōryūkai & friends",
    };

    [Fact]
    public void WriteCsv_Plan_StartsWithBomAndDefusesFormulas()
    {
        var writer = new StringWriter();

        SeatingPlanRenderer.WriteCsv(writer, View);

        var lines = writer.ToString().Split("\r\n");
        Assert.Equal("\uFEFFRound,Table,Name,Topics", lines[0]);
        Assert.Equal("1,1,'=SUM(A1),wine / ワイン", lines[1]);
        Assert.Equal("1,1,\"佐藤 \"\"Sato\"\"\",wine / ワイン", lines[2]);
        Assert.Equal("1,2,<b>Bo</b>,'-golf", lines[3]);
        Assert.Equal("1,2,'+81 Tanaka,'-golf", lines[4]);
    }

    [Fact]
    public void WriteHtml_Plan_EncodesEveryStringOnPrintableCards()
    {
        var writer = new StringWriter();

        SeatingPlanRenderer.WriteHtml(writer, View with { Language = "en" });

        var html = writer.ToString();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
        Assert.Contains("<title>Kōryūkai &amp; friends</title>", html, StringComparison.Ordinal);
        Assert.Contains("<li>&lt;b&gt;Bo&lt;/b&gt;</li>", html, StringComparison.Ordinal);
        Assert.Contains("&quot;Sato&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bo", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<article class=\"card\">").Length - 1);
    }

    [Fact]
    public void WriteHtml_GivenLabels_HeadsCardsWithThem()
    {
        var writer = new StringWriter();

        SeatingPlanRenderer.WriteHtml(writer, View with { Language = "ja", Labels = new("ラウンド", "テーブル", "名前", "話題") });

        var html = writer.ToString();
        Assert.Contains("<h2>ラウンド 1</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>テーブル 1</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>話題:</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Table", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteJson_Plan_RoundsTablesPeopleTopics()
    {
        var writer = new StringWriter();

        SeatingPlanRenderer.WriteJson(writer, View);

        using var json = JsonDocument.Parse(writer.ToString());
        var table = json.RootElement.GetProperty("rounds")[0].GetProperty("tables")[0];
        Assert.Equal(1, table.GetProperty("table").GetInt32());
        Assert.Equal("佐藤 \"Sato\"", table.GetProperty("people")[1].GetString());
        Assert.Equal("ワイン", table.GetProperty("topics")[1].GetString());
    }
}
