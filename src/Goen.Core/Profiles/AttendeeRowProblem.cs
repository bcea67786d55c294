namespace Goen.Core.Profiles;

/// <summary>Why one row of an attendee file is left out of an import.</summary>
/// <remarks>The meaning of <see cref="RejectedAttendeeRow.Detail"/> depends on the problem, as said for each value.</remarks>
public enum AttendeeRowProblem
{
    /// <summary>The name column is empty. Detail: the name column's header.</summary>
    EmptyName,

    /// <summary>
    /// A cell is longer than its column allows (<see cref="ProfileCsv.MaxShortFieldLength"/> for names, organizations,
    /// roles, e-mails, IDs, statuses, reception numbers and languages; <see cref="ProfileCsv.MaxTextFieldLength"/> for
    /// free text and unmapped columns). Detail: the column's header.
    /// </summary>
    FieldTooLong,

    /// <summary>The e-mail is not an address: it needs one @ with text on both sides and no spaces. Detail: the e-mail as written.</summary>
    InvalidEmail,

    /// <summary>The connpass account has been deleted ((退会ユーザー)), so there is no one to invite. Detail: the cell as written.</summary>
    WithdrawnUser,

    /// <summary>The row has the same key as an earlier accepted row: the same person twice. Detail: the earlier row's line number.</summary>
    DuplicatePerson,

    /// <summary>
    /// The status is a word Goen does not know, so whether the person is coming is not known; the organizer says
    /// what it means (see <see cref="AttendeeCsv.StatusValues"/>) and the row comes in. Detail: the status as written.
    /// </summary>
    UnknownStatus,

    /// <summary>
    /// The registration time (<see cref="AttendeeField.RegisteredAt"/>) is not a date and time in a form Goen reads
    /// (2024/10/11 8:55:06, 8/31/2023 19:08:16, 31/08/2023 19:08:16, 2024/10/05 7:14:21 p. m. GMT-4, ISO 8601).
    /// Detail: the cell as written.
    /// </summary>
    UnreadableTimestamp,
}
