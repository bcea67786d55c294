using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The plan for paper: table cards by round, then an itinerary per attendee; A4 from the print stylesheet.</summary>
public sealed class PrintPage(IPage page) : GoenPage(page)
{
    public Task<int> TableCardCountAsync() => Page.GetByTestId("table-card").CountAsync();

    public Task<int> ItineraryCountAsync() => Page.GetByTestId("itinerary").CountAsync();

    /// <summary>Renders the page as Chromium's print-to-PDF does, on A4 with the stylesheet's margins.</summary>
    public async Task<byte[]> PdfAsync()
    {
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        return await Page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
    }

    /// <summary>
    /// Under print media, each card's computed break-inside and its height in CSS pixels at A4's printable width,
    /// to compare with the printable height of a page.
    /// </summary>
    public async Task<IReadOnlyList<(string BreakInside, double Height)>> CardsInPrintAsync()
    {
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        var cards = await Page.EvaluateAsync<CardBox[]>(
            "[...document.querySelectorAll('.print-card')].map(c => ({ breakInside: getComputedStyle(c).breakInside, height: c.getBoundingClientRect().height }))");
        return [.. cards.Select(c => (c.BreakInside, c.Height))];
    }

    private sealed class CardBox
    {
        public string BreakInside { get; set; } = "";

        public double Height { get; set; }
    }
}
