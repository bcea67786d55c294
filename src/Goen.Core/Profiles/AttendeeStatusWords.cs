using Goen.Core.Text;

namespace Goen.Core.Profiles;

/// <summary>The status words event platforms and forms write, and the <see cref="AttendeeStatus"/> each means.</summary>
/// <remarks>
/// Words are compared folded (width, case, kana), with underscores and hyphens read as spaces, so Luma's
/// <c>pending_approval</c> and Eventbrite's <c>Not Attending</c> match. Waiting words are tried first
/// (キャンセル待ち is not a cancellation), then cancellations (参加キャンセル), then the ones that say no (不参加 is not
/// 参加, "not attending" is not "attending"), then the ones that say yes. Short English words must match the whole
/// cell, longer words and Japanese words may be part of it (参加します, 欠席します). Saying no maps to
/// <see cref="AttendeeStatus.NotAttending"/>, a cancellation to <see cref="AttendeeStatus.Cancelled"/>.
/// </remarks>
internal static class AttendeeStatusWords
{
    private static readonly string[] Waiting =
    [
        "補欠", "キャンセル待ち", "waitlist", "waiting list", "wait list", "pending", "支払確認中", "支払い確認中", "承認待ち",
        "未定", "検討中", "tentative", "maybe",
    ];

    private static readonly string[] Cancel =
    [
        "キャンセル", "期限切れ", "取り消", "取消", "返金", "cancel", "expired", "refund",
    ];

    private static readonly string[] No =
    [
        "declined", "rejected", "欠席", "不参加",
        "参加しない", "参加しません", "参加できない", "参加できません", "行けない", "行けません", "not attending", "not going", "いいえ",
    ];

    private static readonly string[] Yes =
    [
        "参加", "出席", "支払い済み", "支払済み", "支払済", "無料", "支払い待ち", "申込済", "申し込み済", "登録済", "承認済",
        "checked in", "check in", "attending", "registered", "approved", "confirmed", "はい",
    ];

    private static readonly string[] WholeYes = ["yes", "going", "paid", "free", "attended", "present", "ok"];

    private static readonly string[] WholeNo = ["no", "absent"];

    private static readonly string[][] Folded = [.. new[] { Waiting, Cancel, No, Yes, WholeYes, WholeNo }.Select(words => words.Select(Fold).ToArray())];

    /// <summary>Reads one status cell.</summary>
    /// <param name="text">The cell as written.</param>
    /// <returns>The status it means; <see cref="AttendeeStatus.Attending"/> for an empty cell; <see langword="null"/> for a word not known here.</returns>
    public static AttendeeStatus? Parse(string text)
    {
        var folded = Fold(text);
        if (folded.Length == 0)
        {
            return AttendeeStatus.Attending;
        }

        bool Has(string[] words) => words.Any(w => folded.Contains(w, StringComparison.Ordinal));
        bool Is(string[] words) => words.Contains(folded, StringComparer.Ordinal);
        if (Has(Folded[0]))
        {
            return AttendeeStatus.Waitlisted;
        }

        if (Has(Folded[1]))
        {
            return AttendeeStatus.Cancelled;
        }

        if (Has(Folded[2]) || Is(Folded[5]))
        {
            return AttendeeStatus.NotAttending;
        }

        return Has(Folded[3]) || Is(Folded[4]) ? AttendeeStatus.Attending : null;
    }

    private static string Fold(string text) =>
        string.Join(' ', TextNormalizer.FoldKey(text).Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
