using System.Net;
using System.Text.RegularExpressions;

namespace Goen.Web.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.0/2.1 A and AA rules on every page a signed-in member and an anonymous visitor can reach,
/// in both languages, forms with their problems and previews included; then the visitor signs up and sees a QR
/// card and a registration link as a member who is not yet registered.
/// </summary>
public sealed partial class BrowserFlowTests
{
    [Theory]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public async Task EveryPage_CheckedByAxeCore_HasNoWcagAViolationsOrAAViolations(string locale)
    {
        var words = NetworkWords.For(locale);

        // AddScriptTagAsync injects axe.min.js as an inline script, and the app's script-src 'self' blocks it,
        // as it should block any inline script (checked: "Executing inline script violates the following Content
        // Security Policy directive 'script-src 'self''"). So these two contexts, and only they, bypass the
        // policy; the other browser tests keep it and fail if it blocks anything of the app's own.
        await using var member = await browser.OpenAsync("axe-member", locale, bypassContentSecurityPolicy: true);
        await using var visitor = await browser.OpenAsync("axe-visitor", locale, bypassContentSecurityPolicy: true);
        await using var attendee = await browser.OpenAsync("axe-attendee", locale);
        if (AxeCore.Unavailable is { } missing)
        {
            if (TestChromium.Required)
            {
                Assert.Fail("axe-core is required for this run (GOEN_REQUIRE_BROWSER=1) but " + missing);
            }

            Assert.Skip(missing);
        }

        var profile = await (await member.OpenSignUpAsync()).SignUpAsync(Helper, member.Email, member.Password);
        await profile.SaveProfileAsync(HelperOffers, OrganizerNeeds, OrganizerInterests, "SameEvents");
        var details = await (await (await profile.GoToEventsAsync()).NewEventAsync())
            .CreateEventAsync(words.EventTitle, EventDate, new TimeOnly(19, 0), "渋谷", "名刺交換と自己紹介", "交流会");
        var eventId = details.Path.Split('/')[^1];
        var registration = await details.RegistrationLinkAsync();
        await RegisterThroughTheLinkAsync(attendee, registration, CafeOwner);
        var attendees = await details.SeeAttendeesAsync();
        var cafeOwnerPage = await attendees.PersonLinkAsync(CafeOwner);
        var contact = await (await attendees.LogTalkWithAsync(CafeOwner)).LogAsync(words.CafeNeed, words.TalkedAbout);
        var contactId = new Uri(member.Page.Url).AbsolutePath.Split('/')[^1];
        var (vcf, _) = await (await contact.GoToNetworkAsync()).ExportContactsAsync();
        await member.Page.GotoAsync("/Network/Card");
        var card = new Uri((await member.Page.GetByTestId("card-url").InnerTextAsync()).Trim()).AbsolutePath;
        var findings = new List<string>();

        foreach (var path in new[]
        {
            "/", "/Events", "/Events/Create", $"/Events/Details/{eventId}", $"/Events/Attendees/{eventId}", $"/Events/Edit/{eventId}",
            $"/Events/Import/{eventId}", "/Profile/Edit", cafeOwnerPage, "/Network", "/Network/Log",
            $"/Network/Log?personId={cafeOwnerPage.Split('/')[^1]}&eventId={eventId}", "/Network/Card", "/Network/Settings", "/Account/Password",
            $"/Contacts/Details/{contactId}", $"/Contacts/Edit/{contactId}", "/Contacts/Import", card, registration.AbsolutePath,
        })
        {
            await CheckWithAxeAsync(member, path, findings);
        }

        await member.Page.GotoAsync("/Contacts/Import");
        await new Pages.ContactImportPage(member.Page).UploadAsync(vcf);
        await CheckWithAxeAsync(member, null, findings, "Contacts-Import-preview");
        await member.Page.GotoAsync($"/Events/Import/{eventId}");
        var import = await new Pages.ImportPage(member.Page).UploadAsync(PeatixSample);
        var importDraft = member.Page.Url.Split("draft=")[1].Split('&')[0];
        await CheckWithAxeAsync(member, null, findings, "Events-Import-preview");
        await import.ConfirmAsync();
        await CheckWithAxeAsync(member, null, findings, "Events-Import-done");
        await CheckWithAxeAsync(member, $"/Events/Import/{eventId}?draft={importDraft}", findings, "Events-Import-already-imported");
        await CheckWithAxeAsync(member, $"/Events/Import/{eventId}?draft={Guid.NewGuid()}", findings, "Events-Import-gone");

        // A file with no column Goen can take for the name: the problem, and every column unfolded to choose from.
        var noName = Path.Combine(Path.GetTempPath(), $"goen-no-name-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(noName, "col a,col b,col c\nx,y,z\n", TestContext.Current.CancellationToken);
        await member.Page.GotoAsync($"/Events/Import/{eventId}");
        await new Pages.ImportPage(member.Page).UploadAsync(noName);
        File.Delete(noName);
        await CheckWithAxeAsync(member, null, findings, "Events-Import-no-name");

        // The person page of an imported attendee, with the answers the file kept for the organizer.
        await member.Page.GotoAsync($"/Events/Attendees/{eventId}");
        await CheckWithAxeAsync(member, await new Pages.AttendeesPage(member.Page).PersonLinkAsync("佐藤 健"), findings, "People-Details-kept-answers");
        await member.Page.GotoAsync("/Network/Log");
        await member.Page.GetByTestId("save-encounter").ClickAsync();
        await member.Page.GetByTestId("problems").WaitForAsync();
        await CheckWithAxeAsync(member, null, findings, "Network-Log-refused");
        foreach (var path in new[] { "/", "/Account/SignIn", "/Account/SignUp", "/Account/Confirm", card, registration.AbsolutePath })
        {
            await CheckWithAxeAsync(visitor, path, findings);
        }

        var refused = await (await visitor.OpenSignUpAsync()).SignUpRefusedAsync("", visitor.Email, "short");
        await CheckWithAxeAsync(visitor, null, findings, "Account-SignUp-refused");
        await refused.SendAsync("Visitor", visitor.Email, visitor.Password);
        await CheckWithAxeAsync(visitor, null, findings, "Account-SignUp-sent");
        await refused.OpenConfirmationLinkAsync(visitor.Email);
        await CheckWithAxeAsync(visitor, null, findings, "Account-Confirm-link");
        await refused.ConfirmAsync();
        foreach (var path in new[] { card, registration.AbsolutePath })
        {
            await CheckWithAxeAsync(visitor, path, findings);
        }

        // Introductions: the member introduces the cafe owner (a Goen user) to a contact typed in by name, in every state.
        var taxHelper = await ApiAsync(member, "/api/encounters", new { name = "Tax Helper" });
        var introduction = await ApiAsync(member, "/api/introductions", new { a = new { contactId = int.Parse(contactId, System.Globalization.CultureInfo.InvariantCulture) }, b = new { contactId = taxHelper.GetProperty("contactId").GetInt32() } });
        var introductionId = introduction.GetProperty("id").GetInt32();
        foreach (var path in new[] { "/Introductions", "/Introductions/Create", $"/Introductions/Details/{introductionId}", "/Circulation", $"/Events/Circulation/{eventId}" })
        {
            await CheckWithAxeAsync(member, path, findings);
        }

        await ApiAsync(member, $"/api/introductions/{introductionId}/ask", new { });
        await CheckWithAxeAsync(member, $"/Introductions/Details/{introductionId}", findings, "Introductions-Details-asked");
        var links = new List<string>();
        foreach (var side in new[] { "a", "b" })
        {
            links.Add(await member.Page.GetByTestId($"link-{side}").InputValueAsync());
        }

        await visitor.Page.GotoAsync(links[0]);
        await CheckWithAxeAsync(visitor, null, findings, "Introductions-Answer");
        await new Pages.AnswerPage(visitor.Page).SayYesAsync();
        await CheckWithAxeAsync(visitor, null, findings, "Introductions-Answer-done");
        await visitor.Page.GotoAsync(links[1]);
        await new Pages.AnswerPage(visitor.Page).SayYesAsync();
        var made = await MailToAsync(attendee.Email, "introduction.made");
        await visitor.Page.GotoAsync(LinkIn(made.TextBody, "FollowUp"));
        await CheckWithAxeAsync(visitor, null, findings, "Introductions-FollowUp");
        await CheckWithAxeAsync(member, $"/Introductions/Details/{introductionId}", findings, "Introductions-Details-introduced");
        await CheckWithAxeAsync(member, "/Circulation", findings, "Circulation-one");

        // Seating: a plan while it runs, cancelled, and done; check-in, re-plan and print.
        var running = (await ApiAsync(member, $"/api/events/{eventId}/plans", new { rounds = 3, tableSize = 4, timeLimitSeconds = 60 })).GetProperty("planId").GetInt32();
        // The plan page reloads itself by default, a timed reload axe rightly reports (WCAG 2.2.1): the organizer may
        // turn it off on the form before meeting it, or on the page, and this is the page they then read.
        await CheckWithAxeAsync(member, $"/Seating/Show/{eventId}/{running}?refresh=off", findings, "Seating-Show-running");
        Assert.True((await member.Page.APIRequest.DeleteAsync($"/api/events/{eventId}/plans/{running}")).Ok);
        await CheckWithAxeAsync(member, $"/Seating/Show/{eventId}/{running}", findings, "Seating-Show-cancelled");
        var planId = (await ApiAsync(member, $"/api/events/{eventId}/plans", new { rounds = 3, tableSize = 4, timeLimitSeconds = 1 })).GetProperty("planId").GetInt32();
        await Mail.Poll.UntilAsync(
            async () => (await (await member.Page.APIRequest.GetAsync($"/api/events/{eventId}/plans/{planId}")).JsonAsync())!.Value.GetProperty("state").GetString() == "done",
            $"plan {planId} is done");
        foreach (var path in new[] { $"/Seating/{eventId}", $"/Seating/Show/{eventId}/{planId}", $"/Seating/CheckIn/{eventId}", $"/Seating/Replan/{eventId}/{planId}", $"/Seating/Print/{eventId}/{planId}", $"/Seating/Report/{eventId}", $"/Seating/Handouts/{eventId}/{planId}", $"/Seating/Scan/{eventId}", $"/Seating/Itinerary/{eventId}" })
        {
            await CheckWithAxeAsync(member, path, findings);
        }

        // A hand move weighed on the plan page, before it is kept.
        // The first person may already sit at the table asked for (refused, in words); the next table is then weighed.
        await member.Page.GotoAsync($"/Seating/Show/{eventId}/{planId}");
        for (var table = 0; table < 2 && await member.Page.GetByTestId("move-preview").CountAsync() == 0; table++)
        {
            if (await member.Page.GetByTestId("move").GetAttributeAsync("open") is null)
            {
                await member.Page.GetByTestId("move").Locator("summary").ClickAsync();
            }

            await member.Page.GetByTestId("move-to").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Index = table });
            await member.Page.GetByTestId("move-preview-button").ClickAsync();
            await member.Page.Locator("[data-test=move-preview], [data-test=problems]").First.WaitForAsync();
            await CheckWithAxeAsync(member, null, findings, $"Seating-Show-move-{table + 1}");
        }

        Assert.Equal(1, await member.Page.GetByTestId("move-preview").CountAsync());

        // The QR check-in refusing a code, and an attendee's own itinerary by its signed link (and a forged one) without signing in.
        await member.Page.GotoAsync($"/Seating/Scan/{eventId}");
        await new Pages.ScanPage(member.Page).TypeAsync("not-a-code");
        await CheckWithAxeAsync(member, null, findings, "Seating-Scan-refused");
        await member.Page.GotoAsync($"/Seating/Handouts/{eventId}/{planId}");
        var itinerary = await member.Page.GetByTestId("handout-link").Last.GetAttributeAsync("href");
        await visitor.Page.GotoAsync(itinerary!);
        await CheckWithAxeAsync(visitor, null, findings, "Seating-Itinerary-link");
        await visitor.Page.GotoAsync(itinerary!.Replace("t=", "t=forged", StringComparison.Ordinal));
        await CheckWithAxeAsync(visitor, null, findings, "Seating-Itinerary-forged");


        Assert.True(findings.Count == 0, $"axe-core found {findings.Count} violation(s) of WCAG 2.0/2.1 A or AA:\n" + string.Join("\n", findings));
    }

    /// <summary>Calls the API as the signed-in person of a browser context (its cookies), and reads the JSON answer.</summary>
    private static async Task<System.Text.Json.JsonElement> ApiAsync(BrowserSession session, string path, object body)
    {
        var response = await session.Page.APIRequest.PostAsync(path, new() { DataObject = body });
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>Opens a page (or takes the one on screen when path is null), screenshots it and adds what axe finds.</summary>
    /// <param name="session">Whose browser.</param>
    /// <param name="path">The page to open, or null for the page on screen.</param>
    /// <param name="findings">Where the violations go.</param>
    /// <param name="step">Names the screenshot; by default the page's path without its ids and codes (Events-Details).</param>
    private static async Task CheckWithAxeAsync(BrowserSession session, string? path, List<string> findings, string? step = null)
    {
        if (path is not null)
        {
            var response = await session.Page.GotoAsync(path);
            Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)response!.Status);
            Assert.Equal(new Uri(session.Page.Url).AbsolutePath, path.Split('?')[0]);
        }

        var here = new Uri(session.Page.Url).PathAndQuery;
        step ??= string.Join('-', new Uri(session.Page.Url).AbsolutePath.Split('/').Where(s => Regex.IsMatch(s, "^[A-Z][A-Za-z]{1,15}$")));
        await session.SeeAsync(step.Length > 0 ? step : "home");
        var label = $"{here} ({await session.Page.Locator("html").GetAttributeAsync("lang")}, {(await session.Page.GetByTestId("sign-out").CountAsync() > 0 ? "signed in" : "anonymous")})";
        var (passed, violations) = await AxeCore.CheckAsync(session.Page, label);
        Assert.True(passed > 0, $"axe-core checked nothing on {label}.");
        findings.AddRange(violations);
    }
}
