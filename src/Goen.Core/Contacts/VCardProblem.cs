namespace Goen.Core.Contacts;

/// <summary>A card that was skipped, or a property that was not understood, while reading a vCard file.</summary>
/// <remarks>
/// A problem never stops the reading: the other cards, and the rest of the card, are still read.
/// A file that cannot be read at all throws <see cref="VCardFormatException"/> instead.
/// </remarks>
/// <param name="CardNumber">The 1-based number of the card in the file (the n-th BEGIN:VCARD).</param>
/// <param name="Line">The 1-based line of the file where the card or the property starts.</param>
/// <param name="Message">What went wrong and what was done about it, in the current UI culture's language (Japanese or English), starting with the card and line.</param>
public sealed record VCardProblem(int CardNumber, int Line, string Message);
