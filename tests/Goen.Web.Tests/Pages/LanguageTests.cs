using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Goen.Core.Tests;

namespace Goen.Web.Tests.Pages;

/// <summary>Japanese and English: chosen from the browser, switched by the person, complete in both.</summary>
public sealed partial class LanguageTests(SqliteApp app)
{
    [Theory]
    [InlineData("ja", "ログイン", "ja")]
    [InlineData("ja-JP", "ログイン", "ja")]
    [InlineData("en-US", "Sign in", "en")]
    [InlineData("fr", "Sign in", "en")]
    public async Task Page_FollowsBrowserLanguage(string acceptLanguage, string signIn, string htmlLang)
    {
        using var visitor = new Visitor(app, acceptLanguage);

        var page = await visitor.GetAsync("/Account/SignIn");

        Assert.Equal(signIn, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(htmlLang, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Switch_ToJapanese_StaysOnThePageAndSticks()
    {
        using var visitor = new Visitor(app, "en");
        var page = await visitor.GetAsync("/Account/SignUp");

        var switched = await visitor.SubmitAndFollowAsync(page, "form.lang", new() { ["culture"] = "ja" });

        Assert.Equal("アカウントを作成", switched.QuerySelector("h1")!.TextContent);
        Assert.Equal("ログイン", (await visitor.GetAsync("/Account/SignIn")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Switch_ForgedReturnUrl_StaysOnThisSite()
    {
        using var visitor = new Visitor(app);
        var page = await visitor.GetAsync("/");

        using var response = await visitor.SubmitAsync(page, "form.lang", new() { ["culture"] = "ja", ["returnUrl"] = "//evil.example/phish" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
    }

    [Fact]
    public void Resources_EveryKeyHasEnglishAndJapanese()
    {
        var english = Keys("UiText.resx");
        var japanese = Keys("UiText.ja.resx");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        var untranslated = japanese.Where(k => k.Value.Length == 0 && english[k.Key].Length > 0).Select(k => k.Key).ToList();
        Assert.True(untranslated.Count == 0, "Empty in UiText.ja.resx: " + string.Join(", ", untranslated));
    }

    [Fact]
    public void Resources_EveryKeyUsedInPagesExists()
    {
        var keys = Keys("UiText.resx");
        var web = Path.Combine(RepoFiles.Root, "src", "Goen.Web");
        var used = Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .Where(k => !k.EndsWith('.'))
            .Distinct()
            .ToList();

        var missing = used.Where(k => !keys.ContainsKey(k)).ToList();

        Assert.Contains("Validation.TooLong", used);
        Assert.True(missing.Count == 0, "Missing from UiText.resx: " + string.Join(", ", missing));
    }

    /// <summary>Keys the pages build at run time from a value: every value they can be built from has its text.</summary>
    [Fact]
    public void Resources_EveryKeyBuiltFromAValue_ExistsForEveryValueInBothLanguages()
    {
        var english = Keys("UiText.resx");
        var japanese = Keys("UiText.ja.resx");
        var built = new (string Prefix, IEnumerable<string> Values)[]
        {
            ("Visibility.", Enum.GetNames<Goen.Data.People.Visibility>()),
            ("Status.", Enum.GetNames<Goen.Core.Profiles.AttendeeStatus>()),
            ("Kind.", Enum.GetNames<Goen.Core.Profiles.AttendeeFileKind>()),
            ("Intro.State.", Enum.GetNames<Goen.Data.Introductions.IntroductionState>()),
            ("Intro.Answer.", Enum.GetNames<Goen.Data.Introductions.IntroductionAnswer>()),
            ("Outcome.", Enum.GetNames<Goen.Core.Circulation.IntroductionOutcome>()),
            ("Intro.SideState.", ["asked", "waiting", "introduced", "closed"]),
            ("Answer.Result.", ["bad", "answered", "closed", "expired", "accepted", "declined", "conflict"]),
            ("Settings.", ["Saved", "FeedMade", "FeedRevoked"]),
        };

        var missing = built.SelectMany(b => b.Values.Select(v => b.Prefix + v)).Where(k => !english.ContainsKey(k) || !japanese.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, "Missing in UiText.resx or UiText.ja.resx: " + string.Join(", ", missing));
    }

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(RepoFiles.Root, "src", "Goen.Web", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);

    [GeneratedRegex(@"(?:T|text)\[""([A-Za-z.]+)""|ErrorMessage = ""([A-Za-z.]+)""")]
    private static partial Regex UsedKey();
}
