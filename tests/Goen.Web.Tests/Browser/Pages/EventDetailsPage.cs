using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>An event's page; its organizer also sees the registration link and the import and export buttons.</summary>
public sealed class EventDetailsPage(IPage page) : GoenPage(page)
{
    public Task<string> EventTitleAsync() => Page.GetByTestId("event-title").InnerTextAsync();

    /// <summary>The description as it reads on screen (line breaks included when they are shown).</summary>
    public Task<string> DescriptionAsync() => Page.GetByTestId("event-description").InnerTextAsync();

    /// <summary>The link the organizer shares so people can register.</summary>
    public async Task<Uri> RegistrationLinkAsync() => new((await Page.GetByTestId("registration-link").InnerTextAsync()).Trim());

    public async Task<ImportPage> ImportAttendeesAsync()
    {
        await Page.GetByTestId("organizer-tools").GetByTestId("import-link").ClickAsync();
        await Page.GetByTestId("upload-form").WaitForAsync();
        return new ImportPage(Page);
    }

    public async Task<AttendeesPage> SeeAttendeesAsync()
    {
        await Page.GetByTestId("attendees-link").ClickAsync();
        await Page.GetByTestId("attendees").WaitForAsync();
        return new AttendeesPage(Page);
    }
}
