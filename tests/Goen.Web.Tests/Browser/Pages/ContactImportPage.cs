using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>Importing a .vcf file: upload, then a preview of who is new and who merges into a contact I have, then confirm.</summary>
public sealed class ContactImportPage(IPage page) : GoenPage(page)
{
    /// <summary>Chooses the file and uploads it; the preview comes back, nothing saved yet.</summary>
    public async Task<ContactImportPage> UploadAsync(string path)
    {
        await Page.GetByTestId("vcf-upload-form").GetByTestId("vcf-file").SetInputFilesAsync(path);
        await Page.GetByTestId("vcf-upload").ClickAsync();
        await ArriveAtAsync("confirm-form");
        return this;
    }

    /// <summary>The heading over the new contacts, with their count ("New contacts (0)").</summary>
    public async Task<string> NewHeadingAsync() => (await Page.GetByTestId("new-heading").InnerTextAsync()).Trim();

    /// <summary>The heading over the cards that merge into contacts I have, with their count.</summary>
    public async Task<string> MergedHeadingAsync() => (await Page.GetByTestId("merged-heading").InnerTextAsync()).Trim();

    public Task<IReadOnlyList<string>> MergedAsync() => Page.GetByTestId("merged-contact").AllInnerTextsAsync();

    /// <summary>Imports what the preview showed; the page says how many were new and merged.</summary>
    public async Task<string> ConfirmAsync()
    {
        await Page.GetByTestId("confirm-import").ClickAsync();
        await ArriveAtAsync("import-done");
        return (await Page.GetByTestId("import-done").InnerTextAsync()).Trim();
    }

    public async Task<NetworkPage> GoToNetworkAsync()
    {
        await Page.GetByTestId("nav-network").ClickAsync();
        await Page.GetByTestId("contacts").WaitForAsync();
        return new NetworkPage(Page);
    }
}
