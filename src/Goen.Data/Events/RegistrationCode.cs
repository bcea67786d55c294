using System.Security.Cryptography;

namespace Goen.Data.Events;

/// <summary>The unguessable code in an event's self-registration link.</summary>
public static class RegistrationCode
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Makes a new code: 22 characters from 57, about 128 bits.</summary>
    /// <returns>The code.</returns>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 22);
}
