using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>Check-in by QR code: the camera reads an itinerary, or the code is typed.</summary>
public sealed class ScanPage(IPage page) : GoenPage(page)
{
    /// <summary>Starts the camera and waits until a code it read has checked someone in; returns what the page says.</summary>
    public async Task<string> ScanWithCameraAsync()
    {
        await Page.GetByTestId("scan-start").TapAsync();
        await Page.GetByTestId("scan-done").WaitForAsync();
        return (await Page.GetByTestId("scan-done").InnerTextAsync()).Trim();
    }

    /// <summary>Types a code and checks in; returns the page's answer (done or the problem).</summary>
    public async Task<string> TypeAsync(string code)
    {
        await Page.GetByTestId("scan-code").FillAsync(code);
        await Page.GetByTestId("scan-submit").TapAsync();
        var answer = Page.Locator("[data-test=scan-done], [data-test=problems] li");
        await answer.First.WaitForAsync();
        return (await answer.First.InnerTextAsync()).Trim();
    }
}
