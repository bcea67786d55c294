using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>
/// Importing an event platform's attendee CSV: upload, then the detected kind, column mapping and preview
/// (rejected rows with their reasons), then confirm.
/// </summary>
public sealed class ImportPage(IPage page) : GoenPage(page)
{
    /// <summary>Chooses the file and uploads it; the mapping and preview come back.</summary>
    public async Task<ImportPage> UploadAsync(string path)
    {
        await Page.GetByTestId("upload-form").GetByTestId("file").SetInputFilesAsync(path);
        await Page.GetByTestId("upload").ClickAsync();
        await ArriveAtAsync("mapping-form");
        return this;
    }

    /// <summary>Uploads without choosing a file; the form comes back with the problem listed.</summary>
    public async Task<ImportPage> UploadNothingAsync()
    {
        await Page.GetByTestId("upload").ClickAsync();
        await Page.GetByTestId("problems").WaitForAsync();
        return this;
    }

    /// <summary>What Goen says it read: the file name, the kind of list, the encoding and the row count.</summary>
    public Task<string> DetectedAsync() => Page.GetByTestId("detected").InnerTextAsync();

    /// <summary>The rows that will not be imported, each with its line and reason.</summary>
    public Task<IReadOnlyList<string>> RejectedRowsAsync() => Page.GetByTestId("rejected-row").AllInnerTextsAsync();

    /// <summary>The names in the preview table.</summary>
    public async Task<IReadOnlyList<string>> PreviewNamesAsync() =>
        [.. (await Page.GetByTestId("preview-row").Locator("td:nth-child(2)").AllInnerTextsAsync()).Select(n => n.Trim())];

    /// <summary>
    /// The words and numbers in the preview table that the browser broke across two lines ("Atte" / "nding"),
    /// as a reader would stumble on them. Japanese may wrap between any two characters, so only Latin letters
    /// and digits count.
    /// </summary>
    public async Task<IReadOnlyList<string>> WordsBrokenAcrossLinesAsync() => await Page.GetByTestId("preview-table").EvaluateAsync<string[]>(
        """
        table => {
            const broken = [];
            const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const word of node.data.matchAll(/[A-Za-z0-9]{2,}/g)) {
                    const range = document.createRange();
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) {
                        broken.push(word[0]);
                    }
                }
            }
            return broken;
        }
        """);

    /// <summary>How tall the whole page is, in CSS pixels.</summary>
    public Task<int> PageHeightAsync() => Page.EvaluateAsync<int>("() => Math.ceil(document.documentElement.scrollHeight)");

    /// <summary>Whether the columns kept as-is are unfolded (false when folded, or when there is no such fold).</summary>
    public async Task<bool> KeptColumnsOpenAsync() =>
        await Page.GetByTestId("kept-columns").CountAsync() > 0 && await Page.GetByTestId("kept-columns").EvaluateAsync<bool>("d => d.open");

    /// <summary>The given data-test names in the order their first elements come in the page.</summary>
    public async Task<IReadOnlyList<string>> OrderOfAsync(params string[] testIds) => await Page.EvaluateAsync<string[]>(
        """
        ids => ids
            .map(id => ({ id, element: document.querySelector(`[data-test="${id}"]`) }))
            .filter(x => x.element)
            .sort((a, b) => a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)
            .map(x => x.id)
        """,
        testIds);

    /// <summary>The column headers of the preview table.</summary>
    public async Task<IReadOnlyList<string>> PreviewHeadersAsync() =>
        [.. (await Page.GetByTestId("preview-table").Locator("thead th").AllInnerTextsAsync()).Select(h => h.Trim())];

    /// <summary>The label of the confirm button ("Import 10 people").</summary>
    public Task<string> ConfirmLabelAsync() => Page.GetByTestId("confirm").InnerTextAsync();

    /// <summary>Imports the previewed rows.</summary>
    public async Task<ImportPage> ConfirmAsync()
    {
        await Page.GetByTestId("confirm").ClickAsync();
        await ArriveAtAsync("import-done");
        return this;
    }

    /// <summary>The message after the import: how many were added, updated and not imported.</summary>
    public Task<string> DoneMessageAsync() => Page.GetByTestId("import-done").InnerTextAsync();

    public async Task<AttendeesPage> SeeAttendeesAsync()
    {
        await Page.GetByTestId("see-attendees").ClickAsync();
        await Page.GetByTestId("attendees").WaitForAsync();
        return new AttendeesPage(Page);
    }

    public async Task<ImportPage> SwitchToJapaneseAsync()
    {
        await SwitchLanguageAsync("ja");
        return this;
    }
}
