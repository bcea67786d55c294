namespace Goen.Core.Profiles;

/// <summary>One record of an attendee file, as text, before any column is given a meaning.</summary>
/// <param name="Line">The 1-based line of the file where the record starts (a record can span lines inside quotes).</param>
/// <param name="Cells">The record's values, trimmed, one per header; short records are padded with empty strings.</param>
public sealed record AttendeeRow(int Line, IReadOnlyList<string> Cells);
