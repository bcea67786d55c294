namespace Goen.Web;

/// <summary>The web app's UI text: Resources/UiText.resx (English) and UiText.ja.resx (Japanese).</summary>
public sealed class UiText;
