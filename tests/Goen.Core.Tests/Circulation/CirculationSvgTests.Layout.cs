using System.Globalization;
using System.Xml.Linq;
using Goen.Core.Circulation;

namespace Goen.Core.Tests.Circulation;

public partial class CirculationSvgTests
{
    [Fact]
    public void Render_Viewer_IsInTheCentreOfTheOthers()
    {
        var svg = Parse(CirculationSvg.Render(SmallGraph(), English));

        var marks = Marks(svg);
        var viewer = marks["佐藤 花子"];
        var others = marks.Where(m => m.Key != "佐藤 花子").Select(m => m.Value).ToList();
        Assert.Equal(180, viewer.X, 1);
        Assert.Equal((others.Min(o => o.Y) + others.Max(o => o.Y)) / 2, viewer.Y, 1);
        Assert.Contains(others, o => o.X < 180);
        Assert.Contains(others, o => o.X > 180);
    }

    [Fact]
    public void Render_Introduction_LinksTheIntroducerToTheMiddleOfTheLine()
    {
        var graph = CirculationGraph.Build(CirculationGraphTests.People("ana", "ben", "chi"), [new("ana", "ben", "chi", true, IntroductionOutcome.Met, Day)]);

        var svg = Parse(CirculationSvg.Render(graph, English));

        var marks = Marks(svg);
        var connector = Assert.Single(svg.Descendants(Svg + "line"));
        Assert.Equal(marks["ANA"], (Number(connector, "x1"), Number(connector, "y1")));
        var (endX, endY) = (Number(connector, "x2"), Number(connector, "y2"));
        var (ben, chi) = (marks["BEN"], marks["CHI"]);
        Assert.InRange(endX, Math.Min(ben.X, chi.X) - 40, Math.Max(ben.X, chi.X) + 40);
        Assert.InRange(endY, Math.Min(ben.Y, chi.Y) - 40, Math.Max(ben.Y, chi.Y) + 40);
    }

    [Fact]
    public void Render_MorePeopleThanFit_ShowsTheMostConnectedAndSaysHowManyMore()
    {
        var people = ManyPeople(40).Select(p => p with { IsViewer = false }).ToList();
        var busy = people.Take(30).ToList();
        var entries = Enumerable.Range(0, 30).Select(i => new CirculationEntry(busy[i].Id, busy[(i + 1) % 30].Id, busy[(i + 2) % 30].Id, true, IntroductionOutcome.Met, Day));

        var svg = Parse(CirculationSvg.Render(CirculationGraph.Build(people, entries), English));

        var shown = Marks(svg).Keys.ToList();
        Assert.Equal(24, shown.Count);
        Assert.All(shown, label => Assert.Contains(busy, p => p.Label == label));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "and 16 more");
    }

    [Fact]
    public void Render_MorePeopleThanFit_KeepsTheViewer()
    {
        var people = ManyPeople(40).ToList();
        var entries = Enumerable.Range(1, 38).Select(i => new CirculationEntry(people[i].Id, people[i + 1].Id, people[(i + 2) % 40 == 0 ? 1 : (i + 2) % 40].Id, false, IntroductionOutcome.None, Day));

        var svg = Parse(CirculationSvg.Render(CirculationGraph.Build(people, entries), English with { More = "ほか{0}人" }));

        var shown = Marks(svg);
        Assert.Equal(25, shown.Count);
        Assert.Equal(180, shown[people[0].Label].X, 1);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "ほか15人");
    }

    [Fact]
    public void Render_FewPeople_SaysNothingAboutMore()
    {
        var svg = Parse(CirculationSvg.Render(SmallGraph(), English));

        Assert.DoesNotContain(svg.Descendants(Svg + "text"), t => t.Value.Contains("more", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_JapaneseNames_AreShownWholeWhenTheyFit()
    {
        var svg = Parse(CirculationSvg.Render(SmallGraph(), English));

        var labels = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("佐藤 花子", labels);
        Assert.Contains("田中 太郎", labels);
        Assert.Contains("鈴木 一郎", labels);
    }

    [Theory]
    [InlineData("株式会社ご縁コンサルティング代表取締役 山田太郎")]
    [InlineData("Alexandra Catherine Johnson-Whitfield of Kensington")]
    public void Render_LongName_IsCutWithAnEllipsisAndKeptWholeInTheTooltip(string name)
    {
        CirculationPerson[] people = [new("a", name, false), new("b", "B", false), new("c", "C", false)];
        var graph = CirculationGraph.Build(people, [new("c", "a", "b", true, IntroductionOutcome.Met, Day)]);

        var svg = Parse(CirculationSvg.Render(graph, English));

        var mark = svg.Descendants(Svg + "g").Single(g => g.Element(Svg + "title")?.Value == name);
        var label = mark.Element(Svg + "text")!.Value;
        Assert.EndsWith("…", label, StringComparison.Ordinal);
        Assert.StartsWith(label[..^1], name, StringComparison.Ordinal);
        Assert.InRange(label.Length, 6, name.Length - 1);
    }

    [Fact]
    public void Render_LargeCommunity_CompletesAndStaysWithinTheCap()
    {
        var people = ManyPeople(500).ToList();
        var entries = RandomEntries(people, 2000, seed: 11).ToList();

        var graph = CirculationGraph.Build(people, entries);
        var svg = Parse(CirculationSvg.Render(graph, English));

        Assert.Equal(2000, graph.Counts.Made);
        Assert.Equal(25, Marks(svg).Count);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "and 475 more");
    }

    // The people's marks, by full name: each is a group titled with the name, holding a circle.
    private static Dictionary<string, (double X, double Y)> Marks(XDocument svg) =>
        svg.Descendants(Svg + "g")
            .Where(g => g.Element(Svg + "title") is not null && g.Element(Svg + "circle") is not null)
            .ToDictionary(
                g => g.Element(Svg + "title")!.Value,
                g => (Number(g.Element(Svg + "circle")!, "cx"), Number(g.Element(Svg + "circle")!, "cy")));

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
