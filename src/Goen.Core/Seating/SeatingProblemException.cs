namespace Goen.Core.Seating;

/// <summary>The exception thrown when a seating problem asks for something that cannot be satisfied.</summary>
/// <remarks>
/// The message says which requirement cannot be met, in words an organizer understands, for example
/// "Round 2: 25 people are present but the 4 tables seat at most 24".
/// </remarks>
public sealed class SeatingProblemException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public SeatingProblemException()
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    public SeatingProblemException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    public SeatingProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
