using Goen.Core.Circulation;
using Goen.Data.Accounts;
using Goen.Data.Events;

namespace Goen.Data.Introductions;

/// <summary>
/// One person introducing two others, with the double opt-in: each side is asked privately, and only when both
/// say yes does the introduction itself go to both. Only the introducer and the two sides ever see it, each
/// only their own part.
/// </summary>
public sealed class Introduction : IVersioned
{
    /// <summary>How long the sides have to answer, unless the introducer chooses otherwise.</summary>
    public const int DefaultAnswerDays = 14;

    public const int NoteLength = 4000;

    public int Id { get; set; }

    public string IntroducerUserId { get; set; } = "";

    public GoenUser? Introducer { get; set; }

    /// <summary>Gets or sets the name the introducer goes by in the asks (their profile name when made).</summary>
    public string IntroducerName { get; set; } = "";

    /// <summary>Gets or sets the event the introduction came from, if any.</summary>
    public int? EventId { get; set; }

    public Event? Event { get; set; }

    public IntroductionState State { get; set; }

    /// <summary>Gets or sets how many days the sides have to answer once asked.</summary>
    public int AnswerDays { get; set; } = DefaultAnswerDays;

    /// <summary>Gets or sets the base of the links in its mails (the public address when asked), for reminders sent later.</summary>
    public string LinkBase { get; set; } = "";

    /// <summary>Gets or sets what the introducer says came of it.</summary>
    public IntroductionOutcome IntroducerOutcome { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AskedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? IntroducedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>Gets the two sides, A (<see cref="IntroductionSide.Position"/> 0) and B (1).</summary>
    public List<IntroductionSide> Sides { get; } = [];

    /// <summary>Where it stands at a time: an ask past its deadline is expired even before the sweep closes it.</summary>
    /// <param name="now">The time.</param>
    /// <returns>The state.</returns>
    public IntroductionState StateAt(DateTimeOffset now) =>
        State is IntroductionState.Asked or IntroductionState.OneAccepted && ExpiresAt <= now ? IntroductionState.Expired : State;

    /// <summary>Gets the best outcome anyone involved recorded.</summary>
    public IntroductionOutcome Outcome => Sides.Select(s => s.Outcome).Append(IntroducerOutcome).Max();
}
