using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>My network: whom I could help now, follow-ups due, my contacts, and the vCard import and export.</summary>
public sealed class NetworkPage(IPage page) : GoenPage(page)
{
    /// <summary>The names of the contacts listed, as on screen.</summary>
    public async Task<IReadOnlyList<string>> ContactNamesAsync() =>
        [.. (await Page.GetByTestId("contacts").GetByTestId("contact-name").AllInnerTextsAsync()).Select(n => n.Trim())];

    /// <summary>Opens the empty form for a conversation with someone not picked from a list.</summary>
    public async Task<LogEncounterPage> LogEncounterAsync()
    {
        await Page.GetByTestId("log-encounter").ClickAsync();
        await Page.GetByTestId("encounter-form").WaitForAsync();
        return new LogEncounterPage(Page);
    }

    /// <summary>Downloads every contact as one .vcf file, as the browser saves it.</summary>
    /// <returns>Where the downloaded file is (valid while the browser context is open), and the name the app gave it.</returns>
    public async Task<(string Path, string FileName)> ExportContactsAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("export-contacts").ClickAsync());
        return (await download.PathAsync(), download.SuggestedFilename);
    }

    public async Task<ContactImportPage> ImportContactsAsync()
    {
        await Page.GetByTestId("import-contacts").ClickAsync();
        await Page.GetByTestId("vcf-upload-form").WaitForAsync();
        return new ContactImportPage(Page);
    }
}
