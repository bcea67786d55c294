using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The sign-up form: name, e-mail and a password of at least 10 characters.</summary>
public sealed class SignUpPage(IPage page) : GoenPage(page)
{
    private ILocator Form => Page.GetByTestId("sign-up-form");

    /// <summary>Creates the account; Goen signs the person in and opens their profile.</summary>
    public async Task<ProfilePage> SignUpAsync(string name, string email, string password)
    {
        await FillAndSubmitAsync(name, email, password);
        await ArriveAtAsync("profile-form");
        return new ProfilePage(Page);
    }

    /// <summary>Creates the account from an event's registration link; Goen comes back to that event to register.</summary>
    public async Task<RegisterPage> SignUpToRegisterAsync(string name, string email, string password)
    {
        await FillAndSubmitAsync(name, email, password);
        await ArriveAtAsync("register");
        return new RegisterPage(Page);
    }

    /// <summary>Sends the form with something wrong in it; the same form comes back with the problems listed.</summary>
    public async Task<SignUpPage> SignUpRefusedAsync(string name, string email, string password)
    {
        await FillAndSubmitAsync(name, email, password);
        await Page.GetByTestId("problems").WaitForAsync();
        return this;
    }

    public async Task<SignUpPage> SwitchToJapaneseAsync()
    {
        await SwitchLanguageAsync("ja");
        return this;
    }

    private async Task FillAndSubmitAsync(string name, string email, string password)
    {
        await Form.GetByTestId("name").FillAsync(name);
        await Form.GetByTestId("email").FillAsync(email);
        await Form.GetByTestId("password").FillAsync(password);
        await Form.GetByTestId("submit").ClickAsync();
    }
}
