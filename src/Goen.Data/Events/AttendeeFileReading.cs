using Goen.Core.Profiles;

namespace Goen.Data.Events;

/// <summary>An attendee file's draft read under one mapping: what the import page shows and the API answers.</summary>
/// <param name="Table">The file as a table.</param>
/// <param name="Kind">The platform it came from.</param>
/// <param name="Fields">The mapping used, one entry per column (<see langword="null"/>: kept as-is).</param>
/// <param name="Problems">Why the mapping cannot be used; empty when it can.</param>
/// <param name="Statuses">The distinct values of the status column and what each becomes; empty while the mapping has problems.</param>
/// <param name="Preview">Who would come in and which rows stay out; <see langword="null"/> while the mapping has problems.</param>
public sealed record AttendeeFileReading(
    AttendeeTable Table,
    AttendeeFileKind Kind,
    IReadOnlyList<AttendeeField?> Fields,
    IReadOnlyList<AttendeeMappingProblem> Problems,
    IReadOnlyList<AttendeeStatusValue> Statuses,
    AttendeeImportPreview? Preview);
