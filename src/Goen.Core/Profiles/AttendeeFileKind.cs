namespace Goen.Core.Profiles;

/// <summary>Where an attendee file came from, as told by its header row.</summary>
/// <remarks>
/// The kind only steers the first guess of which column means what (see
/// <see cref="AttendeeCsv.GuessMapping"/>); the organizer can change that guess before anything is imported.
/// </remarks>
public enum AttendeeFileKind
{
    /// <summary>Goen's own profile CSV (名前, 所属, できること, 探していること, 雑談ネタ, 言語).</summary>
    GoenProfiles,

    /// <summary>A Peatix participant list (参加者リスト): tickets, orders, often kana-only names.</summary>
    Peatix,

    /// <summary>A connpass participant CSV (参加者CSV): 参加枠名, ユーザー名, 表示名, 参加ステータス.</summary>
    Connpass,

    /// <summary>A Google Forms response sheet: a timestamp, then one column per question.</summary>
    GoogleForms,

    /// <summary>A Luma guest CSV: snake_case columns (api_id, name, first_name, last_name, approval_status, checked_in_at, ticket_name).</summary>
    Luma,

    /// <summary>An Eventbrite attendee report: Order #, First Name, Last Name, Attendee #, Attendee Status, Job Title, Company.</summary>
    Eventbrite,

    /// <summary>Any other table with a header row.</summary>
    Other,
}
