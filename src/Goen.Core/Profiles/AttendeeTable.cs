namespace Goen.Core.Profiles;

/// <summary>An attendee file read as a table: its header and its non-blank records, with nothing interpreted yet.</summary>
/// <remarks>
/// Made by <see cref="AttendeeCsv.ReadTable"/>. The same table can be interpreted again under another column
/// mapping without reading the file again, which is what a mapping screen with a live preview needs.
/// </remarks>
/// <param name="FileName">The file's name as the user gave it.</param>
/// <param name="EncodingName">The encoding the file was found to be in ("UTF-8", "UTF-8 (BOM)", "UTF-16" or "Shift_JIS").</param>
/// <param name="Headers">The header row, trimmed, as written.</param>
/// <param name="Rows">The records, in file order; each has exactly as many cells as there are headers.</param>
public sealed record AttendeeTable(string FileName, string EncodingName, IReadOnlyList<string> Headers, IReadOnlyList<AttendeeRow> Rows)
{
    /// <summary>Gets the character that separated the file's fields: ',', '\t' (Peatix's download) or ';'.</summary>
    public char Separator { get; init; } = ',';
}
