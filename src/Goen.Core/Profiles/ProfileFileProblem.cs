namespace Goen.Core.Profiles;

/// <summary>What is wrong with a profile file that could not be read.</summary>
public enum ProfileFileProblem
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    Unreadable,

    /// <summary>The file is larger than Goen reads.</summary>
    TooLarge,

    /// <summary>The file holds nothing, or only white space.</summary>
    Empty,

    /// <summary>The file has a header but no people.</summary>
    NoPeople,

    /// <summary>No column of the header names the person.</summary>
    MissingNameColumn,

    /// <summary>Bytes that are neither UTF-8 nor Shift_JIS (CP932).</summary>
    Undecodable,

    /// <summary>A quoted field is never closed.</summary>
    UnclosedQuote,

    /// <summary>A quote where the CSV rules do not allow one.</summary>
    StrayQuote,

    /// <summary>A row has more fields than the header: a comma inside a field that is not quoted.</summary>
    TooManyFields,

    /// <summary>The file lists more people than one import takes.</summary>
    TooManyRows,

    /// <summary>A column has no header, so its values could not be told apart from the others'.</summary>
    EmptyHeader,

    /// <summary>Two columns have the same header.</summary>
    DuplicateHeader,

    /// <summary>The file has more columns than an attendee file can sensibly have (a spreadsheet's stray cells, or not an export).</summary>
    TooManyColumns,

    /// <summary>The file ends in the middle of a character of its encoding (named in the detail): it was cut off while being downloaded or copied.</summary>
    CutOff,

    /// <summary>
    /// The text holds a NUL character (byte 0), which no text file has: UTF-16 without its byte order mark, or not a
    /// CSV file at all. Databases refuse it in text, so the file is refused whole.
    /// </summary>
    NulCharacter,
}
