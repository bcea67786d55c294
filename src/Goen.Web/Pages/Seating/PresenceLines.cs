namespace Goen.Web.Pages.Seating;

/// <summary>The late-arrival and early-departure lines of a form (<c>_PresenceLines</c>): the field names' prefix, the lines, and who can be chosen.</summary>
public sealed record PresenceLines(string Prefix, IReadOnlyList<PresenceLine> Lines, IReadOnlyList<(int PersonId, string Name)> People);
