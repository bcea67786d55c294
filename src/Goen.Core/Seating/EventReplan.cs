namespace Goen.Core.Seating;

/// <summary>What changed at an event between rounds: the round to re-plan from, who is gone, and who walked in.</summary>
/// <remarks>
/// Rounds before <see cref="FromRound"/> were held and stay exactly as they were. People in <see cref="Absent"/>
/// are seated in none of the re-planned rounds (a no-show, or someone who left); <see cref="WalkIns"/> join from
/// <see cref="FromRound"/> on.
/// </remarks>
public sealed record EventReplan
{
    /// <summary>Gets the first round (0-based) to re-plan, which is also the number of rounds already held.</summary>
    public required int FromRound { get; init; }

    /// <summary>Gets the ids of the attendees who are gone from <see cref="FromRound"/> on.</summary>
    public IReadOnlyList<string> Absent { get; init; } = [];

    /// <summary>Gets the people who walked in and are seated from <see cref="FromRound"/> on.</summary>
    public IReadOnlyList<WalkIn> WalkIns { get; init; } = [];

    /// <summary>
    /// Gets how long and how the re-plan searches; null for the plan's own options with a time limit of 0.8 seconds,
    /// so that with scoring a re-plan for 300 people answers in about a second.
    /// </summary>
    /// <remarks><see cref="SeatingOptions.MoveCost"/> says how firmly people who stay keep their printed seats.</remarks>
    public SeatingOptions? Search { get; init; }
}
