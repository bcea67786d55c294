namespace Goen.Core.Profiles;

/// <summary>The people read from one profile file, with what was found out about the file.</summary>
/// <param name="Path">The file's path as the user gave it.</param>
/// <param name="EncodingName">The encoding the file was found to be in.</param>
/// <param name="Headers">The header row, as written.</param>
/// <param name="Profiles">The people, in file order.</param>
public sealed record ProfileFile(string Path, string EncodingName, IReadOnlyList<string> Headers, IReadOnlyList<Profile> Profiles)
{
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
                foreach (var (header, value) in profile.Extra)
                {
                    if (ProfileColumns.SameHeader(header, column))
                    {
                        return value;
                    }
                }

                return null;
        }
    }

    /// <summary>Whether the file has a column named <paramref name="column"/> (by header or field alias).</summary>
    /// <param name="column">The column name.</param>
    /// <returns><see langword="true"/> when <see cref="Value"/> can answer for it.</returns>
    public bool HasColumn(string column) =>
        Headers.Any(h => ProfileColumns.SameHeader(h, column) || (ProfileColumns.FieldOf(h) is { } f && f == ProfileColumns.FieldOf(column)));
}
