namespace Goen.Core.Profiles;

/// <summary>One distinct value of an attendee file's status column, and what it will become.</summary>
/// <remarks>
/// Made by <see cref="AttendeeCsv.StatusValues"/> so that the organizer can see, and change, what every status
/// word of a file means before importing it; a word Goen does not know has no <see cref="Becomes"/> and its rows
/// are left out until the organizer says what it means.
/// </remarks>
/// <param name="Value">The value as first written in the file (values that differ only in width, case or kana are one value).</param>
/// <param name="Becomes">The status its rows get; <see langword="null"/> when the word is not known.</param>
/// <param name="Rows">How many rows hold it.</param>
public sealed record AttendeeStatusValue(string Value, AttendeeStatus? Becomes, int Rows);
