namespace Goen.Core.Contacts;

/// <summary>
/// Thrown when a file is not a vCard file Goen can read at all: empty, binary, a web page, without
/// BEGIN:VCARD, with a card cut short, or too large.
/// </summary>
/// <remarks>
/// The message is written for the person who chose the file, in the current UI culture's language
/// (Japanese or English), and names the line when there is one. Smaller trouble inside a readable file
/// does not throw; it is reported in <see cref="VCardFile.Problems"/>.
/// </remarks>
public sealed class VCardFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for a person to read.</param>
    /// <param name="line">The 1-based line where it is wrong, or 0 when not tied to a line.</param>
    public VCardFormatException(string message, int line)
        : base(message)
    {
        Line = line;
    }

    /// <summary>Creates an exception with a generic message; prefer the constructor that takes a line.</summary>
    public VCardFormatException()
    {
    }

    /// <summary>Creates an exception that is not tied to a line.</summary>
    /// <param name="message">What is wrong, for a person to read.</param>
    public VCardFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception that is not tied to a line, with its cause.</summary>
    /// <param name="message">What is wrong, for a person to read.</param>
    /// <param name="innerException">The cause.</param>
    public VCardFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the 1-based line where the file is wrong, or 0 when the problem is not tied to a line.</summary>
    public int Line { get; }
}
