namespace Goen.Data.Seating;

/// <summary>What an organizer asks of a seating plan, as the API and the plan form send it.</summary>
/// <param name="Rounds">The number of rounds.</param>
/// <param name="TableSize">The usual table size; or give <paramref name="MinTableSize"/> and <paramref name="MaxTableSize"/>.</param>
/// <param name="MinTableSize">The fewest people at a table.</param>
/// <param name="MaxTableSize">The most people at a table.</param>
/// <param name="HelpWeight">The weight of "can help each other" (default 1).</param>
/// <param name="TalkWeight">The weight of "have something to talk about" (default 0.5).</param>
/// <param name="Apart"><c>organization</c> to keep people of one organization at different tables; null for none.</param>
/// <param name="Pins">People who sit at one table in every round (hosts), tables counted from 1.</param>
/// <param name="TimeLimitSeconds">
/// How long the plan may take, from the request to the saved plan (default 10, at most 120): loading the attendees,
/// scoring pairs, the tables' topics and saving come out of it, and the search gets the rest. A job that waits in the
/// queue behind others for more than half of it gets half of it from when it starts (decision 0018).
/// </param>
/// <param name="Presence">People who arrive late or leave early, with the rounds they are there for.</param>
public sealed record PlanRequest(
    int Rounds,
    int? TableSize = null,
    int? MinTableSize = null,
    int? MaxTableSize = null,
    double? HelpWeight = null,
    double? TalkWeight = null,
    string? Apart = null,
    IReadOnlyList<PlanPin>? Pins = null,
    double? TimeLimitSeconds = null,
    IReadOnlyList<PlanPresence>? Presence = null)
{
    /// <summary>The longest search a request may ask for.</summary>
    public const double MaxSeconds = 120;

    /// <summary>The apart rule that keeps colleagues at different tables.</summary>
    public const string Organization = "organization";
}
