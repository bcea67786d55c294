namespace Goen.Core.Circulation;

/// <summary>Where each person of a circulation picture goes, and who is left out of a crowded one.</summary>
/// <remarks>
/// <para>
/// The picture is 360 units wide, so that one unit is one CSS pixel on the narrowest phones. The viewer, when
/// there is one, sits in the centre. Everyone else sits on an upright ellipse around it, in two columns: the
/// right half from top to bottom, then the left half from bottom to top, so reading clockwise from the top they
/// are in label order. Names go outside the ellipse, to the right of the right column and to the left of the left
/// one, and each column's rows are at least <see cref="RowSpacing"/> apart, so no two names ever overlap; the
/// ellipse grows taller, not wider, as people are added.
/// </para>
/// <para>
/// At most <see cref="MaxOthers"/> people besides the viewer are placed: those who took part in the most
/// introductions (ties by id), so that the busiest part of the network stays legible.
/// </para>
/// </remarks>
internal sealed class CirculationLayout
{
    /// <summary>The width of the picture, in user units.</summary>
    public const double Width = 360;

    /// <summary>The most people placed besides the viewer.</summary>
    public const int MaxOthers = 24;

    /// <summary>The least vertical distance between two people in one column.</summary>
    public const double RowSpacing = 22;

    private const double CentreX = Width / 2;
    private const double HalfWidth = 70;
    private const double MinHalfHeight = 110;
    private const double Top = 24;
    private const double LabelGap = 10;
    private const double Margin = 6;

    private readonly Dictionary<string, PlacedNode> _byId;

    private CirculationLayout(List<PlacedNode> nodes, int hidden, double bottom)
    {
        Nodes = nodes;
        Hidden = hidden;
        Bottom = bottom;
        _byId = nodes.ToDictionary(n => n.Node.Id, StringComparer.Ordinal);
    }

    /// <summary>Where a person's name goes relative to their mark.</summary>
    public enum LabelSide
    {
        /// <summary>Left-aligned, to the right of the mark.</summary>
        Right,

        /// <summary>Right-aligned, to the left of the mark.</summary>
        Left,

        /// <summary>Centred, below the mark (the viewer).</summary>
        Below,
    }

    /// <summary>Gets the people placed, in clockwise order from the top, the viewer (if any) last.</summary>
    public IReadOnlyList<PlacedNode> Nodes { get; }

    /// <summary>Gets how many people were left out.</summary>
    public int Hidden { get; }

    /// <summary>Gets the lowest point the people and their names reach.</summary>
    public double Bottom { get; }

    /// <summary>Lays out a graph's people.</summary>
    public static CirculationLayout Of(CirculationGraph graph)
    {
        var others = graph.Nodes.Where(n => !n.IsViewer).ToList();
        var hidden = Math.Max(0, others.Count - MaxOthers);
        if (hidden > 0)
        {
            others = [.. others
                .OrderByDescending(n => n.Introduced + n.WasIntroduced)
                .ThenBy(n => n.Id, StringComparer.Ordinal)
                .Take(MaxOthers)];
        }

        others.Sort((x, y) =>
        {
            var order = string.CompareOrdinal(x.Label, y.Label);
            return order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
        });

        var right = (others.Count + 1) / 2;
        var left = others.Count - right;
        var halfHeight = Math.Max(MinHalfHeight, right * RowSpacing / 2);
        var centreY = Top + halfHeight;
        var placed = new List<PlacedNode>(others.Count + 1);
        for (var i = 0; i < others.Count; i++)
        {
            var onRight = i < right;
            var row = onRight ? i : left - 1 - (i - right);
            var rows = onRight ? right : left;
            var y = centreY - halfHeight + ((row + 0.5) * 2 * halfHeight / rows);
            var dy = (y - centreY) / halfHeight;
            var dx = HalfWidth * Math.Sqrt(Math.Max(0, 1 - (dy * dy)));
            var x = onRight ? CentreX + dx : CentreX - dx;
            var room = onRight ? Width - Margin - (x + LabelGap) : x - LabelGap - Margin;
            placed.Add(new PlacedNode(others[i], x, y, onRight ? LabelSide.Right : LabelSide.Left, room));
        }

        var viewer = graph.Nodes.FirstOrDefault(n => n.IsViewer);
        if (viewer is not null)
        {
            placed.Add(new PlacedNode(viewer, CentreX, centreY, LabelSide.Below, 2 * (HalfWidth - LabelGap)));
        }

        return new CirculationLayout(placed, hidden, centreY + halfHeight + Top);
    }

    /// <summary>Finds where a person was placed.</summary>
    /// <returns><see langword="false"/> when the person was left out.</returns>
    public bool TryGet(string id, out PlacedNode node) => _byId.TryGetValue(id, out node!);

    /// <summary>A person and where they go.</summary>
    /// <param name="Node">The person.</param>
    /// <param name="X">The centre of their mark.</param>
    /// <param name="Y">The centre of their mark.</param>
    /// <param name="Side">Where their name goes.</param>
    /// <param name="LabelRoom">How wide their name may be, in user units.</param>
    public sealed record PlacedNode(CirculationNode Node, double X, double Y, LabelSide Side, double LabelRoom);
}
