using Goen.Core.Profiles;

namespace Goen.Core.Seating;

/// <summary>One person to be seated at an event: a stable key, their profile, and the rules that apply to them.</summary>
/// <remarks>
/// <para>
/// Plans refer to people by <see cref="Id"/>, never by position, so adding walk-ins or dropping no-shows never
/// renumbers anyone. The web app uses its attendee ids; the CLI numbers the rows of the profile file.
/// </para>
/// <para>Rounds and tables are 0-based here, as everywhere in Core; people count them from one.</para>
/// </remarks>
/// <param name="Id">The person's key within the event: not empty, unique among the event's attendees.</param>
/// <param name="Profile">What they offer, need and like to talk about; the pair values and topics come from it.</param>
public sealed record EventAttendee(string Id, Profile Profile)
{
    /// <summary>
    /// Gets the person's apart-key, such as their organization: people sharing a key (compared after folding width,
    /// case and kana) never share a table. Null or blank for none.
    /// </summary>
    public string? ApartKey { get; init; }

    /// <summary>Gets the table (0-based) the person sits at in every round they are present, such as a host's; null for any.</summary>
    public int? PinnedTable { get; init; }

    /// <summary>Gets the first round (0-based) the person is present for; 0 unless they arrive late.</summary>
    public int ArrivesAtRound { get; init; }

    /// <summary>Gets the first round (0-based) the person is no longer present for, or null if they stay to the end.</summary>
    /// <remarks>A re-plan sets this to its first round for people marked absent, so a later re-plan leaves them out too.</remarks>
    public int? LeavesBeforeRound { get; init; }

    /// <summary>Gets whether the person is expected in <paramref name="round"/> (0-based).</summary>
    public bool IsExpected(int round) => round >= ArrivesAtRound && (LeavesBeforeRound is not { } leaves || round < leaves);
}
