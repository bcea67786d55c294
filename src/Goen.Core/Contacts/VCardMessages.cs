using System.Globalization;
using System.Resources;

namespace Goen.Core.Contacts;

/// <summary>The Japanese and English texts of vCard reading (VCardMessages.resx).</summary>
internal static class VCardMessages
{
    private static readonly ResourceManager Messages = new("Goen.Core.Contacts.VCardMessages", typeof(VCardMessages).Assembly);

    /// <summary>Formats the text named <paramref name="name"/> for <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture to write in.</param>
    /// <param name="name">The resource name.</param>
    /// <param name="values">The values to put in it.</param>
    /// <returns>The text.</returns>
    public static string Format(CultureInfo culture, string name, params object[] values) =>
        string.Format(culture, Messages.GetString(name, culture) ?? throw new MissingManifestResourceException(name), values);
}
