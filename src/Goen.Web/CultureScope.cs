using System.Globalization;

namespace Goen.Web;

/// <summary>
/// Writes in another language for a while, as a mail to someone whose language is not the reader's: the
/// resources follow the current UI culture, which is set until the scope is disposed.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    /// <summary>Switches to Japanese for <c>ja</c>, English otherwise.</summary>
    /// <param name="culture">The language: <c>ja</c> or <c>en</c>.</param>
    /// <returns>The scope; dispose it to switch back.</returns>
    public static CultureScope In(string culture) => new(culture is "ja" ? "ja" : "en");

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
