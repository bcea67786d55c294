using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The start page, signed out.</summary>
public sealed class HomePage(IPage page) : GoenPage(page)
{
    public async Task<SignUpPage> GoToSignUpAsync()
    {
        await Page.GetByTestId("go-sign-up").ClickAsync();
        await Page.GetByTestId("sign-up-form").WaitForAsync();
        return new SignUpPage(Page);
    }

    public async Task<SignInPage> GoToSignInAsync()
    {
        await Page.GetByTestId("nav-sign-in").ClickAsync();
        await Page.GetByTestId("sign-in-form").WaitForAsync();
        return new SignInPage(Page);
    }
}
