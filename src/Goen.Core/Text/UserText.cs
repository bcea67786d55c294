using System.Text;

namespace Goen.Core.Text;

/// <summary>Text a person typed, made safe to store in any database and to show back.</summary>
public static class UserText
{
    /// <summary>Trims text and drops control characters, keeping tabs and line breaks (as LF).</summary>
    /// <param name="text">The text as received; <see langword="null"/> is read as empty.</param>
    /// <returns>The cleaned text.</returns>
    /// <remarks>
    /// PostgreSQL refuses NUL in text, and other control characters only ever arrive by accident or by
    /// forging a request; dropping them here keeps both databases storing the same thing.
    /// </remarks>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var value = text.ReplaceLineEndings("\n");
        if (!value.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return value.Trim();
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
