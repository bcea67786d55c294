using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The sign-in form.</summary>
public sealed class SignInPage(IPage page) : GoenPage(page)
{
    public async Task<SignUpPage> GoToSignUpAsync()
    {
        await Page.GetByTestId("nav-sign-up").ClickAsync();
        await Page.GetByTestId("sign-up-form").WaitForAsync();
        return new SignUpPage(Page);
    }
}
