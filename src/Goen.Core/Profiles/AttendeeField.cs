namespace Goen.Core.Profiles;

/// <summary>What a column of an attendee file can be used as.</summary>
/// <remarks>
/// A column mapped to no field (<see langword="null"/> in a mapping) is not lost: its non-empty values are
/// kept in <see cref="Profile.Extra"/> under the column's header.
/// </remarks>
public enum AttendeeField
{
    /// <summary>The person's full name (名前, 表示名). Every mapping needs one, or a <see cref="FamilyName"/> or <see cref="GivenName"/> instead.</summary>
    Name,

    /// <summary>Company or group (所属, 会社名).</summary>
    Organization,

    /// <summary>Job title or role (役職, 肩書き).</summary>
    Role,

    /// <summary>What the person can help with (できること).</summary>
    Offers,

    /// <summary>What the person is looking for (探していること).</summary>
    Needs,

    /// <summary>Small-talk material (雑談ネタ).</summary>
    Interests,

    /// <summary>Languages spoken (言語), read with <see cref="ProfileCsv.ParseLanguages"/>.</summary>
    Languages,

    /// <summary>E-mail address (メールアドレス).</summary>
    Email,

    /// <summary>The platform's stable identifier for the person (connpass ユーザー名, Peatix 参加者ID), used to recognize them on re-import.</summary>
    ExternalId,

    /// <summary>Attendance or order status (参加ステータス, 支払いステータス), read with <see cref="AttendeeCsv.ParseStatus"/>.</summary>
    Status,

    /// <summary>The platform's reception or check-in number (受付番号), kept as written.</summary>
    ReceptionNumber,

    /// <summary>
    /// The family name, when the file splits the name in two (姓, Last Name, last_name). Joined with
    /// <see cref="GivenName"/> into the name when the row has no full name: 姓 名 when either part is written in
    /// Japanese script, Given Family otherwise.
    /// </summary>
    FamilyName,

    /// <summary>The given name, when the file splits the name in two (名, First Name, first_name); see <see cref="FamilyName"/>.</summary>
    GivenName,

    /// <summary>
    /// When the person registered or answered the form: a Google Forms response sheet's first column (タイムスタンプ,
    /// Timestamp, Marca temporal), in the form owner's locale. A cell that is not a date and time leaves the row out;
    /// the text is also kept in <see cref="Profile.Extra"/> as written, since Goen does not store it yet.
    /// </summary>
    RegisteredAt,
}
