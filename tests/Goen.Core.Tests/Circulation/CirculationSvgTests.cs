using System.Globalization;
using System.Xml.Linq;
using Goen.Core.Circulation;

namespace Goen.Core.Tests.Circulation;

public partial class CirculationSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateOnly Day = new(2025, 4, 15);
    private static readonly CirculationSvgText English = new(
        "My introductions", "Who I introduced, and what came of it.", "Accepted", "Asked", "Met", "Worked together", "and {0} more")
    {
        IntroducedBy = "Introduced by",
    };

    [Fact]
    public void Render_Graph_IsAnAccessibleImageNamedByItsTitleAndDescription()
    {
        var svg = Parse(CirculationSvg.Render(SmallGraph(), English));

        var root = svg.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("circulation-title circulation-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("My introductions", root.Element(Svg + "title")?.Value);
        Assert.Equal("circulation-title", (string?)root.Element(Svg + "title")?.Attribute("id"));
        Assert.Equal("Who I introduced, and what came of it.", root.Element(Svg + "desc")?.Value);
        Assert.Equal("circulation-desc", (string?)root.Element(Svg + "desc")?.Attribute("id"));
    }

    [Fact]
    public void Render_IdPrefix_NamesTitleAndDescription()
    {
        var svg = Parse(CirculationSvg.Render(SmallGraph(), English, "event-7"));

        Assert.Equal("event-7-title event-7-desc", (string?)svg.Root!.Attribute("aria-labelledby"));
        Assert.Equal(["event-7-title", "event-7-desc"], svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("7up")]
    [InlineData("a b")]
    [InlineData("a\"onload=\"x")]
    public void Render_BadIdPrefix_ThrowsArgumentException(string prefix)
    {
        var graph = SmallGraph();

        Assert.Throws<ArgumentException>(() => CirculationSvg.Render(graph, English, prefix));
    }

    [Fact]
    public void Render_Graph_ScalesToItsContainer()
    {
        var root = Parse(CirculationSvg.Render(SmallGraph(), English)).Root!;

        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.Null(root.Attribute("height"));
        var viewBox = ((string?)root.Attribute("viewBox"))!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([0, 0, 360], viewBox[..3]);
        Assert.InRange(viewBox[3], 200, 700);
    }

    [Fact]
    public void Render_Graph_NeedsNoScriptNorStyleUnderAStrictContentSecurityPolicy()
    {
        var svg = Parse(CirculationSvg.Render(SmallGraph(), English));

        var elements = svg.Descendants().ToList();
        Assert.DoesNotContain(elements, e => e.Name.LocalName is "script" or "style" or "foreignObject");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes()), a => a.Name.LocalName == "style" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "href");
    }

    [Fact]
    public void Render_Graph_ColoursContrastWithWhite()
    {
        var svg = Parse(CirculationSvg.Render(SmallGraph(), English));

        foreach (var element in svg.Descendants())
        {
            var fill = Inherited(element, "fill");
            var stroke = Inherited(element, "stroke");
            if (element.Name.LocalName == "text")
            {
                Assert.True(Contrast(fill) >= 4.5, $"text fill {fill}");
            }
            else if (element.Name.LocalName is "path" or "line" or "circle")
            {
                var colours = new[] { fill, stroke }.Where(c => c is not null and not "none" and not "#ffffff");
                Assert.All(colours, c => Assert.True(Contrast(c) >= 3, $"{element.Name.LocalName} colour {c}"));
            }
        }
    }

    // A lone surrogate cannot be an attribute argument (those are stored as UTF-8), hence member data.
    public static TheoryData<string, string> HostileNames => new()
    {
        { "<script>alert(1)</script>", "<script>alert(1)</script>" },
        { "\"&'<>", "\"&'<>" },
        { "]]></text><script>x</script>", "]]></text><script>x</script>" },
        { "a\u0001b\uFFFEc", "a bc" },
        { "lone " + '\uD800' + " surrogate", "lone surrogate" },
    };

    [Theory]
    [MemberData(nameof(HostileNames), DisableDiscoveryEnumeration = true)]
    public void Render_HostileName_IsEscapedAndStaysWellFormed(string name, string shown)
    {
        CirculationPerson[] people = [new("me", name, true), new("a", name, false), new("b", "B", false)];
        var graph = CirculationGraph.Build(people, [new("me", "a", "b", true, IntroductionOutcome.Met, Day)]);
        var text = English with { Title = name, Description = name, Accepted = name };

        var output = CirculationSvg.Render(graph, text);

        var svg = Parse(output);
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
        Assert.Single(svg.Descendants(Svg + "svg"));
        Assert.Equal(shown, svg.Root!.Element(Svg + "title")?.Value);
        Assert.Equal(shown, svg.Root!.Element(Svg + "desc")?.Value);
        Assert.Equal(2, svg.Descendants(Svg + "g").Count(g => g.Element(Svg + "title")?.Value == shown));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.Length > 1 && shown.StartsWith(t.Value.TrimEnd('…'), StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SameInputInAnotherOrder_GivesTheSameString()
    {
        var people = ManyPeople(30).ToList();
        var entries = RandomEntries(people, 120, seed: 7).ToList();
        var shuffledPeople = people.OrderBy(p => p.Id.GetHashCode(StringComparison.Ordinal)).ToList();
        var shuffledEntries = entries.AsEnumerable().Reverse().ToList();

        var first = CirculationSvg.Render(CirculationGraph.Build(people, entries), English);
        var second = CirculationSvg.Render(CirculationGraph.Build(shuffledPeople, shuffledEntries), English);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_NoIntroductions_IsASmallPictureSayingSo()
    {
        var graph = CirculationGraph.Build([new CirculationPerson("me", "Me", true)], []);

        var svg = Parse(CirculationSvg.Render(graph, English));

        var text = Assert.Single(svg.Descendants(Svg + "text"));
        Assert.Equal("Who I introduced, and what came of it.", text.Value);
        Assert.Empty(svg.Descendants(Svg + "path"));
        Assert.Equal("img", (string?)svg.Root!.Attribute("role"));
        Assert.InRange(double.Parse(((string)svg.Root!.Attribute("viewBox")!).Split(' ')[3], CultureInfo.InvariantCulture), 40, 120);
    }

    [Fact]
    public void Render_NoIntroductionsWithALongJapaneseDescription_WrapsIt()
    {
        var graph = CirculationGraph.Build([], []);
        var text = English with { Description = string.Concat(Enumerable.Repeat("まだ紹介はありません。", 6)) };

        var svg = Parse(CirculationSvg.Render(graph, text));

        var lines = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.InRange(lines.Count, 2, 4);
        Assert.Equal(text.Description, string.Concat(lines));
    }

    [Fact]
    public void Render_Legend_NamesEveryLineInWords()
    {
        var svg = Parse(CirculationSvg.Render(SmallGraph(), English));

        var words = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Asked", words);
        Assert.Contains("Accepted", words);
        Assert.Contains("Met", words);
        Assert.Contains("Worked together", words);
        Assert.Contains("Introduced by", words);
    }

    [Fact]
    public void Render_AskedIntroduction_IsDashedAndAcceptedIsNot()
    {
        var asked = CirculationGraph.Build(CirculationGraphTests.People("me", "a", "b"), [new("me", "a", "b", false, IntroductionOutcome.None, Day)]);
        var accepted = CirculationGraph.Build(CirculationGraphTests.People("me", "a", "b"), [new("me", "a", "b", true, IntroductionOutcome.None, Day)]);

        var dashedWhenAsked = DashedPaths(CirculationSvg.Render(asked, English));
        var dashedWhenAccepted = DashedPaths(CirculationSvg.Render(accepted, English));

        Assert.Equal(dashedWhenAccepted + 1, dashedWhenAsked);
    }

    [Theory]
    [InlineData(IntroductionOutcome.NothingYet, 1.5)]
    [InlineData(IntroductionOutcome.Met, 3)]
    [InlineData(IntroductionOutcome.WorkedTogether, 5.5)]
    public void Render_Outcome_SetsTheLineWeight(IntroductionOutcome outcome, double width)
    {
        var graph = CirculationGraph.Build(CirculationGraphTests.People("me", "a", "b"), [new("me", "a", "b", true, outcome, Day)]);

        var svg = Parse(CirculationSvg.Render(graph, English));

        var introduction = svg.Descendants(Svg + "path").First(p => ((string?)p.Attribute("d"))!.Contains('Q', StringComparison.Ordinal));
        Assert.Equal(width, double.Parse((string)introduction.Attribute("stroke-width")!, CultureInfo.InvariantCulture));
    }

    private static int DashedPaths(string output) =>
        Parse(output).Descendants(Svg + "path").Count(p => p.Attribute("stroke-dasharray") is not null);

    private static XDocument Parse(string output) => XDocument.Parse(output);

    private static string? Inherited(XElement element, string attribute) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(attribute)).FirstOrDefault(v => v is not null);

    private static double Contrast(string? colour)
    {
        Assert.NotNull(colour);
        Assert.Matches("^#[0-9a-f]{6}$", colour);
        var channels = Enumerable.Range(0, 3).Select(i => int.Parse(colour.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0)
            .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))
            .ToArray();
        var luminance = (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
        return 1.05 / (luminance + 0.05);
    }

    private static CirculationGraph SmallGraph()
    {
        CirculationPerson[] people =
        [
            new("me", "佐藤 花子", true),
            new("p1", "田中 太郎", false),
            new("p2", "Alexandra Johnson-Whitfield", false),
            new("p3", "鈴木 一郎", false),
            new("p4", "Kenji Watanabe", false),
        ];
        CirculationEntry[] entries =
        [
            new("me", "p1", "p2", true, IntroductionOutcome.WorkedTogether, Day),
            new("me", "p3", "p4", true, IntroductionOutcome.Met, Day.AddDays(20)),
            new("p1", "me", "p3", false, IntroductionOutcome.None, Day.AddDays(40)),
            new("p2", "me", "p4", true, IntroductionOutcome.NothingYet, Day.AddDays(60)),
        ];
        return CirculationGraph.Build(people, entries);
    }

    private static IEnumerable<CirculationPerson> ManyPeople(int count) =>
        Enumerable.Range(0, count).Select(i => new CirculationPerson(
            "p" + i.ToString("000", CultureInfo.InvariantCulture),
            i % 2 == 0 ? "山田 " + i.ToString(CultureInfo.InvariantCulture) : "Person " + i.ToString(CultureInfo.InvariantCulture),
            i == 0));

    private static IEnumerable<CirculationEntry> RandomEntries(IReadOnlyList<CirculationPerson> people, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var picked = people.OrderBy(_ => random.Next()).Take(3).ToArray();
            yield return new CirculationEntry(picked[0].Id, picked[1].Id, picked[2].Id, random.Next(3) > 0, (IntroductionOutcome)random.Next(4), Day.AddDays(random.Next(400)));
        }
    }
}
