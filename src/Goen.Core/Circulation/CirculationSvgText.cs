namespace Goen.Core.Circulation;

/// <summary>The words a circulation picture shows, already in the viewer's language.</summary>
/// <param name="Title">The picture's accessible name, such as "Who I introduced".</param>
/// <param name="Description">The picture's accessible description; also shown, as the only text, when there are no
/// introductions to draw, so it should make sense on its own ("No introductions yet.").</param>
/// <param name="Accepted">The legend's words for an introduction both sides said yes to.</param>
/// <param name="Asked">The legend's words for an introduction not (yet) accepted.</param>
/// <param name="Met">The legend's words for an introduction that led to a meeting.</param>
/// <param name="WorkedTogether">The legend's words for an introduction that led to work.</param>
/// <param name="More">A composite format string for the people left out of a crowded picture, with <c>{0}</c> for
/// their number, such as "and {0} more" or 「ほか{0}人」.</param>
public sealed record CirculationSvgText(string Title, string Description, string Accepted, string Asked, string Met, string WorkedTogether, string More)
{
    /// <summary>Gets the legend's words for the thin line from an introducer to the introduction they made, such as
    /// "introduced by"; <see langword="null"/> leaves that line out of the legend.</summary>
    public string? IntroducedBy { get; init; }
}
