using System.Text.RegularExpressions;
using Goen.Web.Tests.Browser.Pages;
using MimeKit;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// The heart of Goen on a phone, with real mail: log a talk, see whom to introduce, introduce them; both open the
/// links in the mails the in-process SMTP server received and say yes; both receive the introduction; one side
/// says what came of it and thanks the introducer, the introducer records it too; the circulation view counts it.
/// </summary>
public sealed partial class BrowserFlowTests
{
    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task IntroductionFlow_BothSidesAcceptFromTheirMail_IntroducedWithOutcomeThanksAndCirculation(string locale)
    {
        var words = NetworkWords.For(locale);
        var ja = locale.StartsWith("ja", StringComparison.Ordinal);
        await using var helper = await browser.OpenAsync("intro-helper", locale);
        await using var cafeOwner = await browser.OpenAsync("intro-cafe-owner", locale);
        await using var giver = await browser.OpenAsync("intro-giver", locale);
        var profile = await (await helper.OpenSignUpAsync()).SignUpAsync(Helper, helper.Email, helper.Password);
        await profile.SaveProfileAsync(HelperOffers, "", "", "SameEvents");
        var details = await (await (await profile.GoToEventsAsync()).NewEventAsync())
            .CreateEventAsync(words.EventTitle, EventDate, new TimeOnly(19, 0), "渋谷", "", "交流会");
        var registration = await details.RegistrationLinkAsync();
        await RegisterThroughTheLinkAsync(cafeOwner, registration, CafeOwner);
        var attendees = await RegisterThroughTheLinkAsync(giver, registration, words.Giver);
        var contact = await (await attendees.LogTalkWithAsync(CafeOwner)).LogAsync(words.CafeNeed, words.TalkedAbout);

        var introduction = await contact.IntroduceAsync(Helper);
        await giver.SeeAsync("intro-draft");
        Assert.Equal("Draft", await introduction.StateAsync());
        Assert.Contains(Helper, await introduction.NoteToAsync("a"), StringComparison.Ordinal);
        Assert.Contains(CafeOwner, await introduction.NoteToAsync("b"), StringComparison.Ordinal);
        await introduction.AskAsync();
        await giver.SeeAsync("intro-asked");

        var askToCafe = await MailToAsync(cafeOwner.Email, "introduction.ask");
        var askToHelper = await MailToAsync(helper.Email, "introduction.ask");
        Assert.Equal(ja ? "ja" : "en", askToCafe.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains(ja ? "ご紹介" : "would like to introduce you", askToCafe.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(helper.Email, askToCafe.TextBody, StringComparison.Ordinal);

        foreach (var (session, mail) in new[] { (cafeOwner, askToCafe), (helper, askToHelper) })
        {
            await session.Page.GotoAsync(LinkIn(mail.TextBody, "Answer"));
            var answer = new AnswerPage(session.Page);
            await session.SeeAsync("ask");
            Assert.Contains(mail == askToCafe ? Helper : CafeOwner, await answer.NoteAsync(), StringComparison.Ordinal);
            Assert.Equal("accepted", await answer.SayYesAsync());
            await session.SeeAsync("said-yes");
        }

        var madeForCafe = await MailToAsync(cafeOwner.Email, "introduction.made");
        var madeForHelper = await MailToAsync(helper.Email, "introduction.made");
        Assert.Contains(Helper, madeForCafe.Subject, StringComparison.Ordinal);
        Assert.Contains(CafeOwner, madeForHelper.Subject, StringComparison.Ordinal);

        await cafeOwner.Page.GotoAsync(LinkIn(madeForCafe.TextBody, "FollowUp"));
        await new AnswerPage(cafeOwner.Page).FollowUpAsync("WorkedTogether", words.Thanks);
        await cafeOwner.SeeAsync("followed-up");

        await giver.Page.ReloadAsync();
        Assert.Equal("Introduced", await introduction.StateAsync());
        Assert.Equal(words.Thanks, await introduction.ThanksFromAsync("a"));
        await introduction.RecordOutcomeAsync("Met");
        await giver.SeeAsync("intro-outcome");

        await giver.Page.GotoAsync("/Circulation");
        await giver.Page.GetByTestId("circulation-svg").WaitForAsync();
        await giver.SeeAsync("circulation");
        Assert.Equal("1", (await giver.Page.GetByTestId("count-made").InnerTextAsync()).Trim());
        Assert.Equal("1", (await giver.Page.GetByTestId("count-work").InnerTextAsync()).Trim());
        Assert.Contains(CafeOwner, await giver.Page.Locator("[data-test=circulation-svg] svg").InnerHTMLAsync(), StringComparison.Ordinal);
        Assert.Empty(giver.BlockedByContentSecurityPolicy);
        Assert.Empty(giver.SidewaysScrolling);
        Assert.Empty(cafeOwner.SidewaysScrolling);
    }

    /// <summary>Waits for the SMTP server to receive a mail of a kind (told by its links) for an address.</summary>
    private async Task<MimeMessage> MailToAsync(string address, string kind)
    {
        var page = kind == "introduction.ask" ? "/Introductions/Answer/" : "/Introductions/FollowUp/";
        MimeMessage? found = null;
        await Mail.Poll.UntilAsync(
            () =>
            {
                found = browser.Smtp.Received.LastOrDefault(m => m.To.Mailboxes.Any(t => t.Address == address) && (m.TextBody ?? "").Contains(page, StringComparison.Ordinal));
                return Task.FromResult(found is not null);
            },
            $"a mail for {address} with a {page} link");
        return found!;
    }

    private static string LinkIn(string? body, string page) => Regex.Match(body ?? "", $@"https?://\S+/Introductions/{page}/\S+").Value;
}
