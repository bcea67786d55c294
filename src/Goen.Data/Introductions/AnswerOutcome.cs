namespace Goen.Data.Introductions;

/// <summary>What became of a side's answer.</summary>
public enum AnswerOutcome
{
    /// <summary>Their yes is saved (and, if the other side had said yes, the introduction is made).</summary>
    Accepted,

    /// <summary>Their no is saved; the introduction is closed and the other side is not told by whom.</summary>
    Declined,

    /// <summary>They had answered already; nothing changed.</summary>
    AlreadyAnswered,

    /// <summary>The time to answer is over; nothing changed.</summary>
    Expired,

    /// <summary>The introduction is no longer open (the other side declined); nothing changed.</summary>
    Closed,

    /// <summary>The link is not one Goen made for this side of this introduction; nothing changed.</summary>
    BadLink,

    /// <summary>It changed under us three times; nothing was saved.</summary>
    Conflict,
}
