namespace Goen.Core.Matching;

/// <summary>Another person suggested for someone, with the score and the reasons in both people's own words.</summary>
/// <param name="Person">The index of the suggested person in the community.</param>
/// <param name="Score">The score in [0, 1]; higher is better.</param>
/// <param name="Reasons">For help, what matched ("ウェブサイト制作 ↔ ホームページ"); for small talk, the shared topics.</param>
public sealed record Match(int Person, double Score, IReadOnlyList<string> Reasons)
{
    /// <summary>Stands between the giver's words and the words they meet in a reason whose two sides differ.</summary>
    internal const string Arrow = " ↔ ";

    /// <summary>The two sides of a reason: the giver's words and the words they meet (the same words twice when there is no arrow).</summary>
    /// <param name="reason">An engine reason (<see cref="Reasons"/>).</param>
    /// <returns>The giver's words, then the other side's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    public static (string Giver, string Wanted) Sides(string reason)
    {
        var (giver, wanted) = SideRanges(reason);
        return giver.Equals(wanted) ? (reason, reason) : (reason[giver], reason[wanted]);
    }

    /// <summary>Where the two sides of a reason are in it (the whole reason twice when there is no arrow).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    internal static (Range Giver, Range Wanted) SideRanges(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var at = reason.IndexOf(Arrow, StringComparison.Ordinal);
        return at < 0 ? (.., ..) : (..at, (at + Arrow.Length)..);
    }
}
