namespace Goen.Core.Profiles;

/// <summary>Text read from a file, with the encoding it was found to be in.</summary>
/// <param name="Text">The decoded text, without a byte order mark.</param>
/// <param name="EncodingName">"UTF-8", "UTF-8 (BOM)", "UTF-16" or "Shift_JIS".</param>
public sealed record DecodedText(string Text, string EncodingName);
