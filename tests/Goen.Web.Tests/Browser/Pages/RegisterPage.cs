using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The page an event's registration link opens: sign up or in first, then register with one tap.</summary>
public sealed class RegisterPage(IPage page) : GoenPage(page)
{
    public Task<string> EventTitleAsync() => Page.GetByTestId("event-title").InnerTextAsync();

    /// <summary>Signed out: goes to the sign-up form, which comes back here afterwards.</summary>
    public async Task<SignUpPage> GoToSignUpAsync()
    {
        await Page.GetByTestId("register-sign-up").ClickAsync();
        await Page.GetByTestId("sign-up-form").WaitForAsync();
        return new SignUpPage(Page);
    }

    /// <summary>Registers with one's profile; the list of who is coming opens.</summary>
    public async Task<AttendeesPage> RegisterAsync()
    {
        await Page.GetByTestId("register").ClickAsync();
        await Page.GetByTestId("attendees").WaitForAsync();
        return new AttendeesPage(Page);
    }
}
