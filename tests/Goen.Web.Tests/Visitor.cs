using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Goen.Web.Tests;

/// <summary>
/// A person using the app through HTTP as a browser without JavaScript would: cookies kept, forms
/// submitted with every field they hold (antiforgery token included), redirects followed by hand.
/// </summary>
public sealed class Visitor : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private static int _counter;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IHtmlDocument, string> _addresses = [];

    private readonly Func<string, string, Task<string>> _mailLink;

    public Visitor(GoenWebFactory app, string language = "en", bool https = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.EnsureAvailable();
        App = app;
        _mailLink = (email, kind) => Mailbox.LinkAsync(app, email, kind);
        Client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });
        Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
    }

    /// <summary>A visitor of an app running in its own process, through a real HTTP client with its own cookies.</summary>
    /// <param name="client">The client, with a base address and a cookie container, not following redirects.</param>
    /// <param name="mailLink">Reads the first link of the latest mail of a kind to an address (a sign-up's confirmation).</param>
    public Visitor(HttpClient client, Func<string, string, Task<string>> mailLink)
    {
        Client = client;
        App = null!;
        _mailLink = mailLink;
    }

    public HttpClient Client { get; }

    /// <summary>Gets the app this visitor browses.</summary>
    public GoenWebFactory App { get; }

    public string Email { get; private set; } = "";

    public string Password { get; } = "correct horse battery";

    /// <summary>A new account through the sign-up form, signed in.</summary>
    public static async Task<Visitor> SignUpAsync(GoenWebFactory app, string name = "Test Person", string language = "en")
    {
        var visitor = new Visitor(app, language);
        await visitor.SignUpAsync(name);
        return visitor;
    }

    /// <summary>Makes a new account through the sign-up form and stays signed in.</summary>
    public async Task SignUpAsync(string name)
    {
        Email = $"person{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}@example.test";
        var page = await GetAsync("/Account/SignUp");
        var sent = await SubmitAndFollowAsync(page, "[data-test=sign-up-form]", new() { ["Input.Name"] = name, ["Input.Email"] = Email, ["Input.Password"] = Password });
        Assert.True(sent.Has("sign-up-sent"), "The sign-up form did not say a confirmation link was sent.");
        await ConfirmAsync();
    }

    /// <summary>Opens the latest confirmation link mailed to this visitor and confirms, which signs them in.</summary>
    public async Task ConfirmAsync()
    {
        var confirm = await GetAsync(await _mailLink(Email, "account.confirm"));
        using var response = await SubmitAsync(confirm, "[data-test=confirm-form]", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Gets a page and parses it, asserting its status.</summary>
    public async Task<IHtmlDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {(int)response.StatusCode} {response.StatusCode}. {Excerpt(html)}");
        return await ParseAtAsync(html, url);
    }

    /// <summary>Submits a form of a page with its current fields, some changed, optionally with a file.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, Dictionary<string, string> values, string? submitSelector = null, (string Field, string FileName, byte[] Content)? file = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    fields.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "file" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : _addresses.TryGetValue(page, out var address) ? address : null;
        if (submitSelector is not null)
        {
            var button = page.QuerySelector(submitSelector) ?? throw new InvalidOperationException($"No button {submitSelector}");
            action = button.GetAttribute("formaction") ?? action;
            if (button.GetAttribute("name") is { Length: > 0 } buttonName)
            {
                fields.Add(new(buttonName, button.GetAttribute("value") ?? ""));
            }
        }

        if (action is null)
        {
            throw new InvalidOperationException("The page's address is unknown.");
        }

        HttpContent content;
        if (file is { } f)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }

            var bytes = new ByteArrayContent(f.Content);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            multipart.Add(bytes, f.Field, f.FileName);
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }

        using (content)
        {
            return await Client.PostAsync(new Uri(Relative(action), UriKind.Relative), content);
        }
    }

    /// <summary>Follows a redirect and parses the page it leads to.</summary>
    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                return await GetAsync(response.Headers.Location!.OriginalString);
            }

            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"expected a page, got {(int)response.StatusCode}. {Excerpt(html)}");
            return await ParseAtAsync(html, response.RequestMessage!.RequestUri!.PathAndQuery);
        }
    }

    /// <summary>Submits a form and parses the page that results (after a redirect, if any).</summary>
    public async Task<IHtmlDocument> SubmitAndFollowAsync(IHtmlDocument page, string formSelector, Dictionary<string, string> values, string? submitSelector = null, (string Field, string FileName, byte[] Content)? file = null) =>
        await FollowAsync(await SubmitAsync(page, formSelector, values, submitSelector, file));

    /// <summary>The antiforgery token this visitor's forms carry (valid for any form of theirs).</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl)
    {
        var page = await GetAsync(pageUrl);
        return page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }

    public static Task<IHtmlDocument> ParseAsync(string html) => Parser.ParseDocumentAsync(html);

    private async Task<IHtmlDocument> ParseAtAsync(string html, string url)
    {
        var document = await Parser.ParseDocumentAsync(html);
        _addresses.AddOrUpdate(document, Relative(url));
        return document;
    }

    public void Dispose() => Client.Dispose();

    private static string Relative(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal) ? absolute.PathAndQuery : url;

    private static string Excerpt(string html) => html.Length > 600 ? html[..600] : html;
}
