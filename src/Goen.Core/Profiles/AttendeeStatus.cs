namespace Goen.Core.Profiles;

/// <summary>Whether an imported person is coming, as far as the event platform knows.</summary>
public enum AttendeeStatus
{
    /// <summary>Registered to come (参加, 支払い済み, 無料, 支払い待ち), or no status was given.</summary>
    Attending,

    /// <summary>On the waiting list (補欠, キャンセル待ち).</summary>
    Waitlisted,

    /// <summary>No longer coming (参加キャンセル, キャンセル済み, 期限切れ).</summary>
    Cancelled,
}
