namespace Goen.Core.Seating;

/// <summary>An event's seating plan as it is saved: the request, the attendees, and each round's tables by attendee id.</summary>
/// <remarks>
/// <para>
/// This is everything <see cref="EventSeating.Replan"/> needs: a caller saves it (the CLI as JSON with
/// <see cref="EventPlanJson"/>, the web app in its database) and hands it back with the changes. People are named
/// by <see cref="EventAttendee.Id"/> only, so the plan survives walk-ins and no-shows without renumbering.
/// </para>
/// <para><see cref="Rounds"/> holds one list of tables per round, in the order of <see cref="EventSeatingRequest.Rounds"/>; tables are in table order.</para>
/// </remarks>
public sealed record EventSeatingPlan
{
    /// <summary>Gets the request the plan was made for.</summary>
    public required EventSeatingRequest Request { get; init; }

    /// <summary>Gets the event's attendees, walk-ins included, with their presence as it now stands.</summary>
    public required IReadOnlyList<EventAttendee> Attendees { get; init; }

    /// <summary>Gets the tables of each round.</summary>
    public required IReadOnlyList<IReadOnlyList<EventSeatingTable>> Rounds { get; init; }

    /// <summary>Gets the table (0-based) the attendee <paramref name="personId"/> sits at in <paramref name="round"/>, or -1 if they are not seated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The round is out of range.</exception>
    public int TableOf(int round, string personId)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)round, (uint)Rounds.Count, nameof(round));
        var tables = Rounds[round];
        for (var t = 0; t < tables.Count; t++)
        {
            if (tables[t].PersonIds.Contains(personId, StringComparer.Ordinal))
            {
                return t;
            }
        }

        return -1;
    }
}
