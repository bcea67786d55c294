using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Goen.Core.Circulation;

/// <summary>Draws a <see cref="CirculationGraph"/> as an SVG picture that reads on a phone.</summary>
/// <remarks>
/// <para>
/// Each introduction is a curve between the two people introduced, with a thin dotted line from the introducer
/// to the curve's middle, so that "who introduced whom" reads at a glance. A dashed curve was only asked; a solid
/// one was accepted; a heavier one led to a meeting; a double one led to work. The legend inside the picture says
/// so in words, so the meaning never rests on colour, and every colour has at least 4.5:1 contrast (text) or 3:1
/// (lines) against the picture's white background. The viewer is the ringed mark in the centre; the layout is
/// <see cref="CirculationLayout"/>'s. Names that do not fit end in an ellipsis; the full name is the mark's tooltip.
/// </para>
/// <para>
/// The picture is meant to be inlined in a page or served as a file under a strict Content Security Policy: it
/// has no script and no style attributes or elements, only SVG presentation attributes. It is 360 units wide and
/// scales to the width of its container. It is an image to assistive technology (<c>role="img"</c>), named by its
/// title and description. Every string is XML-escaped, and characters XML cannot hold are dropped.
/// </para>
/// <para>The same graph and words always give the same string.</para>
/// </remarks>
public static class CirculationSvg
{
    private const string DefaultIdPrefix = "circulation";
    private const double Width = CirculationLayout.Width;
    private const double FontSize = 12;
    private const double ViewerFontSize = 13;

    // An estimate of one half-width column in a sans-serif face, erring wide (see LabelText).
    private const double ColumnWidth = 0.55;
    private const double NodeRadius = 5.5;
    private const double ViewerRadius = 9;
    private const double Bend = 0.18;
    private const double LegendRow = 22;
    private const double LegendSample = 28;

    // Contrast against white: Ink 17.4:1, Muted 8.5:1, Blue 6.7:1, Green 5.5:1, Grey 5.3:1, Connector 7.0:1.
    private const string Ink = "#1a1a1a";
    private const string Muted = "#4d4d4d";
    private const string Blue = "#1d4ed8";
    private const string Green = "#047857";
    private const string Grey = "#6b6b6b";
    private const string Connector = "#595959";
    private const string White = "#ffffff";
    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', sans-serif";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        OmitXmlDeclaration = true,
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    private enum LineStyle
    {
        WorkedTogether,
        Met,
        Accepted,
        Asked,
    }

    /// <summary>Draws a graph, with ids starting "circulation-" for its title and description.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="text">The words to show, in the viewer's language.</param>
    /// <returns>An <c>svg</c> element, without an XML declaration, ready to inline in HTML or to serve as <c>image/svg+xml</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><see cref="CirculationSvgText.More"/> is not a valid composite format string
    /// and the picture has people to leave out.</exception>
    public static string Render(CirculationGraph graph, CirculationSvgText text) => Render(graph, text, DefaultIdPrefix);

    /// <summary>Draws a graph, with ids starting with the given prefix, for pages that show more than one picture.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="text">The words to show, in the viewer's language.</param>
    /// <param name="idPrefix">The start of the ids of the title and description: an ASCII letter, then ASCII letters,
    /// digits, '-' or '_'.</param>
    /// <returns>An <c>svg</c> element, without an XML declaration, ready to inline in HTML or to serve as <c>image/svg+xml</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is not of the form described.</exception>
    /// <exception cref="FormatException"><see cref="CirculationSvgText.More"/> is not a valid composite format string
    /// and the picture has people to leave out.</exception>
    public static string Render(CirculationGraph graph, CirculationSvgText text, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(idPrefix);
        if (idPrefix.Length == 0 || !char.IsAsciiLetter(idPrefix[0]) || !idPrefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException("The id prefix must be an ASCII letter followed by ASCII letters, digits, '-' or '_'.", nameof(idPrefix));
        }

        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";
        var description = LabelText.Clean(text.Description);
        var svg = new XElement(
            Svg + "svg",
            new XAttribute("width", "100%"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", titleId + " " + descId),
            new XAttribute("font-family", FontFamily),
            new XElement(Svg + "title", new XAttribute("id", titleId), LabelText.Clean(text.Title)),
            new XElement(Svg + "desc", new XAttribute("id", descId), description),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", White)));

        var height = graph.Edges.Count == 0 ? DrawNothingYet(svg, description) : DrawGraph(svg, graph, text);
        svg.SetAttributeValue("viewBox", "0 0 " + Number(Width) + " " + Number(height));

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(writer, WriterSettings))
        {
            svg.WriteTo(xml);
        }

        return writer.ToString();
    }

    private static double DrawNothingYet(XElement svg, string description)
    {
        var lines = LabelText.Wrap(description, Columns(Width - 32, FontSize), 4);
        var y = 30.0;
        foreach (var line in lines)
        {
            svg.Add(Text(line, Width / 2, y, "middle", FontSize + 1, Muted));
            y += 20;
        }

        return y + 6;
    }

    private static double DrawGraph(XElement svg, CirculationGraph graph, CirculationSvgText text)
    {
        var layout = CirculationLayout.Of(graph);
        var curves = Curves(graph, layout);

        var connectors = new XElement(Svg + "g", new XAttribute("stroke", Connector), new XAttribute("stroke-width", "1.2"), new XAttribute("stroke-dasharray", "2 3"));
        var knots = new XElement(Svg + "g", new XAttribute("fill", Connector));
        foreach (var curve in curves)
        {
            if (layout.TryGet(curve.Edge.IntroducerId, out var introducer))
            {
                connectors.Add(new XElement(Svg + "line", Attr("x1", introducer.X), Attr("y1", introducer.Y), Attr("x2", curve.MidX), Attr("y2", curve.MidY)));
                knots.Add(new XElement(Svg + "circle", Attr("cx", curve.MidX), Attr("cy", curve.MidY), Attr("r", 2.5)));
            }
        }

        // Heavier lines first, so that a thin line sharing their path stays visible on top.
        var lines = new XElement(Svg + "g", new XAttribute("fill", "none"), new XAttribute("stroke-linecap", "round"));
        foreach (var curve in curves.OrderBy(c => c.Style))
        {
            lines.Add(Line(curve.Style, curve.Path));
        }

        var people = new XElement(Svg + "g");
        foreach (var placed in layout.Nodes)
        {
            people.Add(Person(placed));
        }

        svg.Add(connectors, lines, knots, people);
        var y = DrawLegend(svg, text, layout.Bottom + 4);
        if (layout.Hidden > 0)
        {
            var more = string.Format(CultureInfo.InvariantCulture, LabelText.Clean(text.More), layout.Hidden);
            svg.Add(Text(LabelText.Fit(LabelText.Clean(more), Columns(Width - 24, FontSize)), 12, y + 16, "start", FontSize, Muted));
            y += 26;
        }

        return y + 4;
    }

    private static List<Curve> Curves(CirculationGraph graph, CirculationLayout layout)
    {
        var curves = new List<Curve>();
        var pairs = new Dictionary<(string, string), int>();
        foreach (var edge in graph.Edges)
        {
            if (!layout.TryGet(edge.AId, out var a) || !layout.TryGet(edge.BId, out var b))
            {
                continue;
            }

            // The same pair drawn again bends the other way, then further out, so repeated introductions stay apart.
            var (first, second) = string.CompareOrdinal(edge.AId, edge.BId) < 0 ? (a, b) : (b, a);
            var key = (first.Node.Id, second.Node.Id);
            var seen = pairs.GetValueOrDefault(key);
            pairs[key] = seen + 1;
            var side = (seen / 2) + 1;
            var bend = Bend * (seen % 2 == 0 ? side : -side);

            var dx = second.X - first.X;
            var dy = second.Y - first.Y;
            var midX = (first.X + second.X) / 2;
            var midY = (first.Y + second.Y) / 2;
            var controlX = midX - (dy * bend);
            var controlY = midY + (dx * bend);
            var path = "M" + Number(first.X) + " " + Number(first.Y) + "Q" + Number(controlX) + " " + Number(controlY) + " " + Number(second.X) + " " + Number(second.Y);

            // A quadratic curve's middle (t = ½) lies halfway between the chord's middle and the control point.
            curves.Add(new Curve(edge, StyleOf(edge), path, (midX + controlX) / 2, (midY + controlY) / 2));
        }

        return curves;
    }

    private static LineStyle StyleOf(CirculationEdge edge) =>
        !edge.Accepted ? LineStyle.Asked
        : edge.Outcome switch
        {
            IntroductionOutcome.WorkedTogether => LineStyle.WorkedTogether,
            IntroductionOutcome.Met => LineStyle.Met,
            _ => LineStyle.Accepted,
        };

    private static XElement Line(LineStyle style, string path)
    {
        XElement Path(string colour, double width) =>
            new(Svg + "path", new XAttribute("d", path), new XAttribute("stroke", colour), Attr("stroke-width", width));

        return style switch
        {
            LineStyle.Asked => new XElement(Svg + "path", new XAttribute("d", path), new XAttribute("stroke", Grey), Attr("stroke-width", 1.5), new XAttribute("stroke-dasharray", "6 4"), new XAttribute("stroke-linecap", "butt")),
            LineStyle.Accepted => Path(Blue, 1.5),
            LineStyle.Met => Path(Green, 3),
            _ => new XElement(Svg + "g", Path(Green, 5.5), Path(White, 1.5)),
        };
    }

    private static XElement Person(CirculationLayout.PlacedNode placed)
    {
        var label = LabelText.Clean(placed.Node.Label);
        var viewer = placed.Side == CirculationLayout.LabelSide.Below;
        var fontSize = viewer ? ViewerFontSize : FontSize;
        var shown = LabelText.Fit(label, Columns(placed.LabelRoom, fontSize));
        var person = new XElement(Svg + "g", new XElement(Svg + "title", label));
        if (viewer)
        {
            person.Add(
                new XElement(Svg + "circle", Attr("cx", placed.X), Attr("cy", placed.Y), Attr("r", ViewerRadius), new XAttribute("fill", White), new XAttribute("stroke", Ink), Attr("stroke-width", 3)),
                new XElement(Svg + "circle", Attr("cx", placed.X), Attr("cy", placed.Y), Attr("r", 4), new XAttribute("fill", Ink)));
            var name = Text(shown, placed.X, placed.Y + ViewerRadius + 17, "middle", fontSize, Ink);
            name.Add(new XAttribute("font-weight", "bold"));
            person.Add(name);
            return person;
        }

        var right = placed.Side == CirculationLayout.LabelSide.Right;
        person.Add(
            new XElement(Svg + "circle", Attr("cx", placed.X), Attr("cy", placed.Y), Attr("r", NodeRadius), new XAttribute("fill", Ink), new XAttribute("stroke", White), Attr("stroke-width", 1.5)),
            Text(shown, right ? placed.X + 10 : placed.X - 10, placed.Y + 4, right ? "start" : "end", fontSize, Ink));
        return person;
    }

    private static double DrawLegend(XElement svg, CirculationSvgText text, double top)
    {
        var items = new List<(string Label, LineStyle? Style)>
        {
            (text.Asked, LineStyle.Asked),
            (text.Accepted, LineStyle.Accepted),
            (text.Met, LineStyle.Met),
            (text.WorkedTogether, LineStyle.WorkedTogether),
        };
        if (text.IntroducedBy is not null)
        {
            items.Add((text.IntroducedBy, null));
        }

        var legend = new XElement(Svg + "g", new XAttribute("fill", "none"), new XAttribute("stroke-linecap", "round"));
        var columnWidth = (Width - 24) / 2;
        for (var i = 0; i < items.Count; i++)
        {
            var x = 12 + (i % 2 * columnWidth);
            var y = top + (i / 2 * LegendRow) + (LegendRow / 2);
            var sample = "M" + Number(x) + " " + Number(y) + "H" + Number(x + LegendSample);
            if (items[i].Style is { } style)
            {
                legend.Add(Line(style, sample));
            }
            else
            {
                legend.Add(
                    new XElement(Svg + "path", new XAttribute("d", sample), new XAttribute("stroke", Connector), Attr("stroke-width", 1.2), new XAttribute("stroke-dasharray", "2 3"), new XAttribute("stroke-linecap", "butt")),
                    new XElement(Svg + "circle", Attr("cx", x + LegendSample), Attr("cy", y), Attr("r", 2.5), new XAttribute("fill", Connector), new XAttribute("stroke", "none")));
            }

            var room = columnWidth - LegendSample - 16;
            var label = LabelText.Fit(LabelText.Clean(items[i].Label), Columns(room, FontSize));
            legend.Add(Text(label, x + LegendSample + 8, y + 4, "start", FontSize, Ink));
        }

        svg.Add(legend);
        return top + ((items.Count + 1) / 2 * LegendRow);
    }

    // White-edged text stays legible where it crosses a line; paint-order is a presentation attribute, not a style.
    private static XElement Text(string content, double x, double y, string anchor, double fontSize, string colour) =>
        new(
            Svg + "text",
            Attr("x", x),
            Attr("y", y),
            new XAttribute("text-anchor", anchor),
            Attr("font-size", fontSize),
            new XAttribute("fill", colour),
            new XAttribute("stroke", White),
            Attr("stroke-width", 3),
            new XAttribute("stroke-linejoin", "round"),
            new XAttribute("paint-order", "stroke"),
            content);

    private static int Columns(double room, double fontSize) => Math.Max(2, (int)Math.Floor(room / (fontSize * ColumnWidth)));

    private static XAttribute Attr(string name, double value) => new(name, Number(value));

    private static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    private sealed record Curve(CirculationEdge Edge, LineStyle Style, string Path, double MidX, double MidY);
}
