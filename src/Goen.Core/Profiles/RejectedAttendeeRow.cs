using System.Globalization;

namespace Goen.Core.Profiles;

/// <summary>A row of an attendee file that an import leaves out, and why.</summary>
/// <remarks>A rejected row never stops the rows around it from being imported.</remarks>
/// <param name="Line">The 1-based line of the file where the row starts.</param>
/// <param name="Problem">Why the row is left out.</param>
/// <param name="Detail">The value the message names; see each <see cref="AttendeeRowProblem"/> value for what it holds.</param>
public sealed record RejectedAttendeeRow(int Line, AttendeeRowProblem Problem, string Detail)
{
    /// <summary>Gets the reason in the language of <paramref name="culture"/>, starting with the line.</summary>
    /// <param name="culture">The culture to write in: Japanese for ja, English otherwise.</param>
    /// <returns>A sentence such as "Line 5: the name is empty." or 「5 行目: 名前が空です。」.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string LocalizedMessage(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var where = AttendeeImportMessages.Format(culture, "Line", Line);
        return $"{where}: {AttendeeImportMessages.Format(culture, "Row" + Problem, Detail)}";
    }
}
