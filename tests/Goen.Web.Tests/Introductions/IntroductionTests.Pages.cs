namespace Goen.Web.Tests.Introductions;

/// <summary>From a suggestion to a draft in one tap: on a contact's "how can I help?" and on the home page's "help now".</summary>
public abstract partial class IntroductionTests
{
    [Fact]
    public async Task IntroduceButton_OnAContactAndOnTheHomePage_OpensADraftOfTheTwo()
    {
        using var me = await Visitor.SignUpAsync(app, "Introducer");
        var cafe = await ContactAsync(me, "Cafe Owner", "cafe-owner@example.test", "a new website for my cafe");
        await ContactAsync(me, "Web Maker", "web-maker@example.test", null, "websites for cafes and shops, ホームページ制作");

        var contactPage = await me.GetAsync($"/Contacts/Details/{cafe}");
        var fromContact = await me.SubmitAndFollowAsync(contactPage, "[data-test=help-person] form:has([data-test=introduce])", []);
        var home = await me.GetAsync("/Network");
        var fromHome = await me.SubmitAndFollowAsync(home, "[data-test=help-now-item] form:has([data-test=introduce])", []);

        Assert.Equal("Draft", fromContact.Attr("intro-state", "data-state"));
        Assert.Contains("Cafe Owner", fromContact.TextOf("intro-title"), StringComparison.Ordinal);
        Assert.Contains("Web Maker", fromContact.TextOf("intro-title"), StringComparison.Ordinal);
        Assert.Contains("Web Maker", fromContact.QuerySelector("[data-test=note-a]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Draft", fromHome.Attr("intro-state", "data-state"));
        Assert.Contains("Cafe Owner", fromHome.TextOf("intro-title"), StringComparison.Ordinal);
    }
}
