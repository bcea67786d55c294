namespace Goen.Core.Profiles;

/// <summary>Whether an imported person is coming, as far as the event platform knows.</summary>
/// <remarks>See <see cref="AttendeeCsv.ParseStatus"/> for the words each value is read from.</remarks>
public enum AttendeeStatus
{
    /// <summary>Registered to come (参加, 支払い済み, 無料, approved, Attending, Checked In), or no status was given.</summary>
    Attending,

    /// <summary>Not yet confirmed: on the waiting list (補欠, キャンセル待ち, waitlist), awaiting approval or payment (pending_approval, 支払確認中), or undecided (未定).</summary>
    Waitlisted,

    /// <summary>
    /// Not coming: cancelled (参加キャンセル, キャンセル済み, 期限切れ, refunded) or said no (declined, 欠席, 不参加, Not Attending).
    /// Saying no is not a value of its own because everything that asks who is at an event treats it as a cancellation.
    /// </summary>
    Cancelled,
}
