namespace Goen.Core.Profiles;

/// <summary>Why a column mapping cannot be used to interpret an attendee file.</summary>
public enum AttendeeMappingProblemKind
{
    /// <summary>The mapping does not have exactly one entry per column of the file.</summary>
    WrongColumnCount,

    /// <summary>No column is mapped to <see cref="AttendeeField.Name"/>, <see cref="AttendeeField.FamilyName"/> or <see cref="AttendeeField.GivenName"/>.</summary>
    NoName,

    /// <summary>Two or more columns are mapped to the same field.</summary>
    FieldMappedTwice,
}
