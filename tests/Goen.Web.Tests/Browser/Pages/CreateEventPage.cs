using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The form for a new event; its creator becomes the organizer.</summary>
public sealed class CreateEventPage(IPage page) : GoenPage(page)
{
    private ILocator Form => Page.GetByTestId("event-form");

    /// <summary>Creates the event and opens its page.</summary>
    /// <param name="title">The title.</param>
    /// <param name="date">The date.</param>
    /// <param name="startTime">The start time.</param>
    /// <param name="place">The place.</param>
    /// <param name="description">The description, possibly several lines.</param>
    /// <param name="tags">Tags separated by commas.</param>
    public async Task<EventDetailsPage> CreateEventAsync(string title, DateOnly date, TimeOnly startTime, string place, string description, string tags)
    {
        await Form.GetByTestId("title").FillAsync(title);
        await Form.GetByTestId("date").FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Form.GetByTestId("start-time").FillAsync(startTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await Form.GetByTestId("place").FillAsync(place);
        await Form.GetByTestId("description").FillAsync(description);
        await Form.GetByTestId("tags").FillAsync(tags);
        await Form.GetByTestId("create").ClickAsync();
        await ArriveAtAsync("organizer-tools");
        return new EventDetailsPage(Page);
    }
}
