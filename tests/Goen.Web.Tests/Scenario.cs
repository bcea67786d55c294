using AngleSharp.Html.Dom;

namespace Goen.Web.Tests;

/// <summary>Steps many tests share: filling a profile, creating an event, registering through its link.</summary>
internal static class Scenario
{
    public static async Task<IHtmlDocument> SaveProfileAsync(this Visitor visitor, Dictionary<string, string> values)
    {
        var page = await visitor.GetAsync("/Profile/Edit");
        return await visitor.SubmitAndFollowAsync(page, "[data-test=profile-form]", values);
    }

    /// <summary>Creates an event and returns its id and registration link (path only).</summary>
    public static async Task<(int Id, string RegistrationPath)> CreateEventAsync(this Visitor organizer, string title = "朝活交流会 Morning mixer")
    {
        var page = await organizer.GetAsync("/Events/Create");
        var details = await organizer.SubmitAndFollowAsync(page, "[data-test=event-form]", new()
        {
            ["Input.Title"] = title,
            ["Input.Date"] = "2026-12-10",
            ["Input.StartTime"] = "19:00",
            ["Input.Place"] = "渋谷",
            ["Input.Tags"] = "IT, 交流会",
        });
        var id = int.Parse(details.QuerySelector("[data-test=attendees-link]")!.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var link = new Uri(details.TextOf("registration-link")).PathAndQuery;
        return (id, link);
    }

    public static async Task RegisterAsync(this Visitor visitor, string registrationPath)
    {
        var page = await visitor.GetAsync(registrationPath);
        (await visitor.SubmitAsync(page, "form:has([data-test=register])", [])).Dispose();
    }
}
