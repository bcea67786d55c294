using System.Globalization;
using System.Resources;

namespace Goen.Core.Profiles;

/// <summary>
/// Thrown when a profile file cannot be used; says which file, where, and what is wrong, in words
/// a person can act on (Japanese or English, from the current UI culture).
/// </summary>
/// <remarks>
/// Thrown for problems with the file itself (its size, encoding, quoting or header), which stop the read; a problem
/// with one person's row is a <see cref="RejectedAttendeeRow"/> instead, and the other rows are still read.
/// </remarks>
public sealed class ProfileFileException : Exception
{
    private static readonly ResourceManager Messages = new("Goen.Core.Profiles.ProfileFileMessages", typeof(ProfileFileException).Assembly);

    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file's path as the user gave it.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="line">1-based line, or 0 when the problem is not tied to a line.</param>
    /// <param name="column">1-based column (field number), or 0 when not known.</param>
    /// <param name="detail">Values for the message: a header name, a length, a byte.</param>
    public ProfileFileException(string file, ProfileFileProblem problem, int line = 0, int column = 0, params object[] detail)
        : base(Format(CultureInfo.InvariantCulture, file, problem, line, column, detail))
    {
        File = file;
        Problem = problem;
        Line = line;
        Column = column;
        Detail = detail;
    }

    /// <summary>Creates an exception with an unspecified problem; prefer the full constructor.</summary>
    public ProfileFileException()
        : this("", ProfileFileProblem.Unreadable)
    {
    }

    /// <summary>Creates an exception for an unreadable file with a message.</summary>
    /// <param name="message">The reason.</param>
    public ProfileFileException(string message)
        : this("", ProfileFileProblem.Unreadable, 0, 0, message)
    {
    }

    /// <summary>Creates an exception for an unreadable file with a message and cause.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public ProfileFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
        Detail = [message];
    }

    /// <summary>Gets the file's path as the user gave it.</summary>
    public string File { get; }

    /// <summary>Gets what is wrong.</summary>
    public ProfileFileProblem Problem { get; }

    /// <summary>Gets the 1-based line, or 0 when the problem is not tied to a line.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column (field number), or 0 when not known.</summary>
    public int Column { get; }

    /// <summary>Gets the values the message is made from.</summary>
    public IReadOnlyList<object> Detail { get; }

    /// <summary>Gets the message in the language of <paramref name="culture"/> (Japanese or English).</summary>
    /// <param name="culture">The culture to write in; Japanese for ja, English otherwise.</param>
    /// <returns>The message, starting with the file and position.</returns>
    public string LocalizedMessage(CultureInfo culture) => Format(culture, File, Problem, Line, Column, [.. Detail]);

    private static string Format(CultureInfo culture, string file, ProfileFileProblem problem, int line, int column, object[] detail)
    {
        var where = (line, column) switch
        {
            (0, _) => file,
            (_, 0) => string.Format(culture, Messages.GetString("AtLine", culture)!, file, line),
            _ => string.Format(culture, Messages.GetString("AtLineColumn", culture)!, file, line, column),
        };
        var what = string.Format(culture, Messages.GetString(problem.ToString(), culture)!, detail);
        return $"{where}: {what}";
    }
}
