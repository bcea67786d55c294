using System.Text;
using Goen.Web.Tests.Browser.Pages;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// The printed itineraries and the camera at the door: the organizer prints one sheet per attendee (two to an A4 page,
/// Chromium's own PDF), and a phone whose camera films one sheet's QR code (Chromium's fake camera playing a video made
/// from that very image) checks that person in; the attendee's phone opens their own tables from the same code.
/// </summary>
public sealed partial class BrowserFlowTests
{
    private const int VideoWidth = 640;
    private const int VideoHeight = 480;

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task Handouts_PrintedTwoToAPage_AndTheCameraReadsOnesQrCodeAndChecksThatPersonIn(string locale)
    {
        await using var session = await browser.OpenAsync("scan-flow", locale);
        var profile = await (await session.OpenSignUpAsync()).SignUpAsync("受付 係", session.Email, session.Password);
        var details = await (await (await profile.GoToEventsAsync()).NewEventAsync())
            .CreateEventAsync("受付テスト Door test", EventDate, new TimeOnly(19, 0), "渋谷", "QR受付", "交流会");
        var eventId = details.Path.Split('/')[^1];
        await (await (await details.ImportAttendeesAsync()).UploadAsync(PeatixSample)).ConfirmAsync();
        var planId = (await ApiAsync(session, $"/api/events/{eventId}/plans", new { rounds = 3, tableSize = 4, timeLimitSeconds = 0.5 })).GetProperty("planId").GetInt32();
        await Mail.Poll.UntilAsync(
            async () => (await (await session.Page.APIRequest.GetAsync($"/api/events/{eventId}/plans/{planId}")).JsonAsync())!.Value.GetProperty("state").GetString() == "done",
            $"plan {planId} is done");

        await session.Page.GotoAsync($"/Seating/Print/{eventId}/{planId}");
        await session.Page.GetByTestId("handouts-link").ClickAsync();
        var sheets = session.Page.GetByTestId("handout");
        await sheets.First.WaitForAsync();
        await session.SeeAsync("handouts");
        var count = await sheets.CountAsync();
        var name = (await sheets.Nth(1).GetByTestId("handout-name").InnerTextAsync()).Trim();
        var link = await sheets.Nth(1).GetByTestId("handout-link").GetAttributeAsync("href");
        var luma = await QrFrameAsync(session, 1);
        await session.Page.SetViewportSizeAsync((int)PrintableWidth, 740);
        await session.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        var overflowing = await session.Page.EvaluateAsync<int>("[...document.querySelectorAll('[data-test=handout]')].filter(h => h.scrollHeight > h.clientHeight + 1).length");
        var pdf = await session.Page.PdfAsync(new() { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        await File.WriteAllBytesAsync(Path.Combine(BrowserApp.ScreenshotFolder, $"scan-flow-{locale[..2]}-handouts.pdf"), pdf);

        Assert.Equal(11, count);
        Assert.Equal(0, overflowing);
        Assert.Equal((count + 1) / 2, PdfPageCount(pdf));

        var video = Path.Combine(Path.GetTempPath(), $"goen-qr-{Guid.NewGuid():N}.y4m");
        await File.WriteAllBytesAsync(video, Y4m(luma));
        try
        {
            await using var phone = await browser.OpenWithCameraAsync("scan-camera", locale, video, session);
            await phone.Page.GotoAsync($"/Seating/CheckIn/{eventId}");
            await phone.Page.GetByTestId("scan-link").TapAsync();
            var scan = new ScanPage(phone.Page);
            await phone.SeeAsync("scan");
            var done = await scan.ScanWithCameraAsync();
            await phone.SeeAsync("scanned");
            var refused = await scan.TypeAsync("not-a-code");
            await phone.SeeAsync("scan-refused");
            await phone.Page.GotoAsync($"/Seating/CheckIn/{eventId}");
            var here = await new CheckInPage(phone.Page).HereAsync();

            Assert.Contains(name, done, StringComparison.Ordinal);
            Assert.Equal([name], here);
            Assert.NotEqual(done, refused);
            Assert.True(phone.BlockedByContentSecurityPolicy.Count == 0, string.Join("\n", phone.BlockedByContentSecurityPolicy));
            Assert.Empty(phone.SidewaysScrolling);
        }
        finally
        {
            File.Delete(video);
        }

        await using var attendee = await browser.OpenAsync("itinerary-phone", locale);
        await attendee.Page.GotoAsync(link!);
        await attendee.SeeAsync("itinerary");
        Assert.Contains(name, await attendee.Page.GetByTestId("itinerary-name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await attendee.Page.GetByTestId("itinerary-round").CountAsync());
        Assert.Empty(attendee.SidewaysScrolling);
    }

    /// <summary>One camera frame's brightness: the sheet's QR image as the page shows it, centred on white.</summary>
    private static async Task<byte[]> QrFrameAsync(BrowserSession session, int sheet)
    {
        var base64 = await session.Page.GetByTestId("handout-qr").Nth(sheet).EvaluateAsync<string>(
            $$"""
            img => {
                const canvas = document.createElement('canvas');
                canvas.width = {{VideoWidth}};
                canvas.height = {{VideoHeight}};
                const context = canvas.getContext('2d');
                context.fillStyle = '#fff';
                context.fillRect(0, 0, canvas.width, canvas.height);
                const side = 400;
                context.drawImage(img, (canvas.width - side) / 2, (canvas.height - side) / 2, side, side);
                const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
                let bytes = '';
                for (let i = 0; i < rgba.length; i += 4) {
                    bytes += String.fromCharCode(Math.round(0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2]));
                }
                return btoa(bytes);
            }
            """);
        return Convert.FromBase64String(base64);
    }

    /// <summary>A YUV4MPEG2 video of one grey picture: a header, then frames of full-size luma and quarter-size neutral chroma (I420).</summary>
    private static byte[] Y4m(byte[] luma)
    {
        using var video = new MemoryStream();
        video.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{VideoWidth} H{VideoHeight} F10:1 Ip A1:1 C420jpeg\n"));
        var chroma = Enumerable.Repeat((byte)128, VideoWidth * VideoHeight / 2).ToArray();
        for (var frame = 0; frame < 10; frame++)
        {
            video.Write(Encoding.ASCII.GetBytes("FRAME\n"));
            video.Write(luma);
            video.Write(chroma);
        }

        return video.ToArray();
    }
}
