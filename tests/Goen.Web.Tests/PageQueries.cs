using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Goen.Web.Tests;

/// <summary>Reads what a person sees on a page, by its data-test names.</summary>
internal static class PageQueries
{
    public static string TextOf(this IParentNode page, string test) =>
        page.QuerySelector($"[data-test={test}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing marked data-test={test} on the page.");

    public static IReadOnlyList<IElement> All(this IParentNode page, string test) => [.. page.QuerySelectorAll($"[data-test={test}]")];

    /// <summary>The current value of the form field marked with the data-test name.</summary>
    public static string ValueOf(this IParentNode page, string test) => page.QuerySelector($"[data-test={test}]") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value ?? "",
        _ => throw new InvalidOperationException($"No form field marked data-test={test} on the page."),
    };

    /// <summary>Where a redirect points, as a path on this site (or the full address when it leaves the site).</summary>
    public static string RedirectPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"Not a redirect: {(int)response.StatusCode}.");
        return location.IsAbsoluteUri && location.Host == "localhost" ? location.PathAndQuery : location.OriginalString;
    }

    public static string? Attr(this IParentNode page, string test, string attribute) => page.QuerySelector($"[data-test={test}]")?.GetAttribute(attribute);

    public static bool Has(this IParentNode page, string test) => page.QuerySelector($"[data-test={test}]") is not null;
}
