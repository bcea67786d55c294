using QRCoder;

namespace Goen.Web;

/// <summary>QR codes as images a page can show under the CSP (no inline styles): SVG in a data address.</summary>
public static class QrImage
{
    /// <summary>The QR code of a text (a link) as an <c>img</c> source.</summary>
    /// <param name="text">What the code says.</param>
    /// <returns>A <c>data:image/svg+xml</c> address.</returns>
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
