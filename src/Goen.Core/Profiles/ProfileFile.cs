namespace Goen.Core.Profiles;

/// <summary>The people read from one profile file, the rows left out, and what was found out about the file.</summary>
/// <remarks>
/// Made by <see cref="ProfileCsv"/> from what the web import would show for the same file under the guessed
/// mapping: <see cref="Attendees"/> and <see cref="Rejected"/> are that preview's accepted and rejected rows.
/// </remarks>
public sealed class ProfileFile
{
    private readonly AttendeeTable _table;
    private readonly IReadOnlyList<AttendeeField?> _mapping;
    private readonly IReadOnlyList<string>[] _cells;

    internal ProfileFile(string path, AttendeeTable table, IReadOnlyList<AttendeeField?> mapping, AttendeeImportPreview preview)
    {
        Path = path;
        _table = table;
        _mapping = mapping;
        Attendees = preview.Accepted;
        Rejected = preview.Rejected;
        var attending = preview.Accepted.Where(a => a.Status == AttendeeStatus.Attending).ToArray();
        var cellsOfLine = table.Rows.ToDictionary(r => r.Line, r => r.Cells);
        _cells = [.. attending.Select(a => cellsOfLine[a.Line])];
        Profiles = [.. attending.Select(a => a.Profile)];
    }

    /// <summary>Gets the file's path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>Gets the encoding the file was found to be in.</summary>
    public string EncodingName => _table.EncodingName;

    /// <summary>Gets the header row, trimmed, as written.</summary>
    public IReadOnlyList<string> Headers => _table.Headers;

    /// <summary>Gets every person accepted from the file, whatever their status, in file order.</summary>
    public IReadOnlyList<ImportedAttendee> Attendees { get; }

    /// <summary>Gets the rows left out, each with its line and reason, in file order.</summary>
    public IReadOnlyList<RejectedAttendeeRow> Rejected { get; }

    /// <summary>Gets the people who are coming (<see cref="AttendeeStatus.Attending"/>), in file order: the ones to seat or suggest for.</summary>
    /// <remarks>Waitlisted and cancelled people are in <see cref="Attendees"/> only; a file without a status column has everyone here.</remarks>
    public IReadOnlyList<Profile> Profiles { get; }

    /// <summary>Gets a person's value in any column, by a header name or a field alias ("organization", 所属, or an extra column).</summary>
    /// <param name="person">Index of the person in <see cref="Profiles"/>.</param>
    /// <param name="column">The column, named as in the header or by a Goen field alias.</param>
    /// <returns>The value, or <see langword="null"/> when the file has no such column.</returns>
    public string? Value(int person, string column)
    {
        var profile = Profiles[person];
        switch (ProfileColumns.FieldOf(column))
        {
            case ProfileField.Name:
                return profile.Name;
            case ProfileField.Organization:
                return profile.Organization;
            case ProfileField.Offers:
                return profile.Offers;
            case ProfileField.Needs:
                return profile.Needs;
            case ProfileField.Interests:
                return profile.Interests;
            case ProfileField.Languages:
                return string.Join(';', profile.Languages);
            default:
                for (var i = 0; i < Headers.Count; i++)
                {
                    if (ProfileColumns.SameHeader(Headers[i], column))
                    {
                        return _cells[person][i];
                    }
                }

                return null;
        }
    }

    /// <summary>Whether the file has a column named <paramref name="column"/> (by header or field alias).</summary>
    /// <param name="column">The column name.</param>
    /// <returns><see langword="true"/> when <see cref="Value"/> can answer for it.</returns>
    public bool HasColumn(string column) =>
        Headers.Any(h => ProfileColumns.SameHeader(h, column))
        || ProfileColumns.FieldOf(column) switch
        {
            null => false,
            ProfileField.Name => true,
            ProfileField.Organization => _mapping.Contains(AttendeeField.Organization),
            ProfileField.Offers => _mapping.Contains(AttendeeField.Offers),
            ProfileField.Needs => _mapping.Contains(AttendeeField.Needs),
            ProfileField.Interests => _mapping.Contains(AttendeeField.Interests),
            ProfileField.Languages => _mapping.Contains(AttendeeField.Languages),
            _ => false,
        };
}
