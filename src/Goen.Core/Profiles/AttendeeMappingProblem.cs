using System.Globalization;

namespace Goen.Core.Profiles;

/// <summary>One reason a column mapping cannot be used, for a mapping screen to show next to the columns concerned.</summary>
/// <remarks>Found by <see cref="AttendeeCsv.MappingProblems"/>; an empty list of them means the mapping can be interpreted.</remarks>
/// <param name="Kind">What is wrong.</param>
/// <param name="Field">The field concerned, for <see cref="AttendeeMappingProblemKind.FieldMappedTwice"/>; otherwise <see langword="null"/>.</param>
/// <param name="Columns">The 0-based indexes of the columns concerned, for <see cref="AttendeeMappingProblemKind.FieldMappedTwice"/>; otherwise empty.</param>
public sealed record AttendeeMappingProblem(AttendeeMappingProblemKind Kind, AttendeeField? Field, IReadOnlyList<int> Columns)
{
    /// <summary>Gets the reason in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture to write in: Japanese for ja, English otherwise.</param>
    /// <param name="headers">The file's headers, to name the columns concerned.</param>
    /// <returns>A sentence such as 「「所属」と「会社名」がどちらも所属になっています。…」.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> or <paramref name="headers"/> is <see langword="null"/>.</exception>
    public string LocalizedMessage(CultureInfo culture, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(headers);
        return Kind switch
        {
            AttendeeMappingProblemKind.WrongColumnCount => AttendeeImportMessages.Format(culture, "MappingWrongColumnCount", headers.Count),
            AttendeeMappingProblemKind.NoName => AttendeeImportMessages.Format(culture, "MappingNoName", AttendeeCsv.FieldName(AttendeeField.Name, culture)),
            _ => AttendeeImportMessages.Format(
                culture,
                "MappingFieldMappedTwice",
                string.Join(AttendeeImportMessages.Format(culture, "ListSeparator"), Columns.Select(c => AttendeeImportMessages.Format(culture, "Quoted", c < headers.Count ? headers[c] : $"#{c + 1}"))),
                Field is { } field ? AttendeeCsv.FieldName(field, culture) : ""),
        };
    }
}
