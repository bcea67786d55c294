namespace Goen.Web.Tests.Browser;

/// <summary>The organizer everyone signs up as, and the words each language shows them.</summary>
public sealed partial class BrowserFlowTests
{
    // A profile the Peatix sample answers: 登山 (佐藤 健, 中村 さくら), 経理 (高橋 美咲), ホームページ (高橋 美咲, 中村 さくら).
    private const string OrganizerOffers = "ホームページ制作、WordPressの保守";
    private const string OrganizerNeeds = "経理と確定申告の相談";
    private const string OrganizerInterests = "登山, 猫";

    /// <summary>UI text the tests expect, copied from UiText.resx and UiText.ja.resx (a missing translation fails).</summary>
    private sealed record UiWords(
        string Language,
        string SignUpTitle,
        string ProfileTitle,
        string EventsTitle,
        string Saved,
        string SameEvents,
        string CreateTitle,
        string ImportTitle,
        string PeatixKind,
        string RejectedRow,
        Func<int, string> ImportPeople,
        Func<int, string> Imported,
        string AttendeesTitle,
        string AskAbout)
    {
        public static UiWords Japanese { get; } = new(
            "ja", "アカウントを作成", "プロフィール", "マイイベント", "保存しました。", "同じイベントの参加者", "イベントを作成", "参加者をインポート",
            "Peatix参加者リスト", "8 行目: 名前（参加者名）が空です。", n => $"{n}人をインポート", n => $"インポートしました：追加 {n}人、更新 0人、インポートされなかった行 1件",
            "参加者", "聞いてみたい話題");

        public static UiWords English { get; } = new(
            "en", "Create your account", "My profile", "My events", "Saved.", "People at the same events", "New event", "Import attendees",
            "a Peatix participant list", "Line 8: the name (参加者名) is empty.", n => $"Import {n} people", n => $"Imported: {n} added, 0 updated; not imported: 1",
            "Who is coming", "You could ask them about");

        public static UiWords For(string locale) => locale.StartsWith("ja", StringComparison.Ordinal) ? Japanese : English;
    }
}
