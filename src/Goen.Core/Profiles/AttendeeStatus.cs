namespace Goen.Core.Profiles;

/// <summary>Whether an imported person is coming, as far as the event platform knows.</summary>
/// <remarks>See <see cref="AttendeeCsv.ParseStatus"/> for the words each value is read from.</remarks>
public enum AttendeeStatus
{
    /// <summary>Registered to come (参加, 支払い済み, 無料, approved, Attending, Checked In), or no status was given.</summary>
    Attending,

    /// <summary>Not yet confirmed: on the waiting list (補欠, キャンセル待ち, waitlist), awaiting approval or payment (pending_approval, 支払確認中), or undecided (未定).</summary>
    Waitlisted,

    /// <summary>Not coming any more: the registration was cancelled, expired or refunded (参加キャンセル, キャンセル済み, 期限切れ, refunded).</summary>
    Cancelled,

    /// <summary>
    /// Not coming, and never was: the person (or the host) said no (欠席, 不参加, Not Attending, declined). Counts at
    /// the event no more than <see cref="Cancelled"/>; kept apart so the organizer sees who said no and who cancelled.
    /// </summary>
    /// <remarks>Added after the other values: statuses are stored as numbers, so its number must stay 3.</remarks>
    NotAttending = 3,
}
