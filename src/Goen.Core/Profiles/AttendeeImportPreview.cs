namespace Goen.Core.Profiles;

/// <summary>What importing an attendee file under one column mapping would do: who comes in, and which rows stay out and why.</summary>
/// <remarks>Made by <see cref="AttendeeCsv.Interpret"/>. Both lists are in file order.</remarks>
/// <param name="Accepted">The rows that can be imported, each with a key that is distinct within the file.</param>
/// <param name="Rejected">The rows that cannot, each with its reason.</param>
public sealed record AttendeeImportPreview(IReadOnlyList<ImportedAttendee> Accepted, IReadOnlyList<RejectedAttendeeRow> Rejected);
