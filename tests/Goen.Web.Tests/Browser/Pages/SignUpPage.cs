using Microsoft.Playwright;

namespace Goen.Web.Tests.Browser.Pages;

/// <summary>The sign-up form: name, e-mail and a password of at least 10 characters.</summary>
public sealed class SignUpPage(IPage page) : GoenPage(page)
{
    private ILocator Form => Page.GetByTestId("sign-up-form");

    /// <summary>Creates the account and opens the mailed link; confirming signs the person in and opens their profile.</summary>
    public async Task<ProfilePage> SignUpAsync(string name, string email, string password)
    {
        await FillAndSubmitAsync(name, email, password);
        await ConfirmFromMailAsync(email);
        await ArriveAtAsync("profile-form");
        return new ProfilePage(Page);
    }

    /// <summary>Creates the account from an event's registration link; Goen comes back to that event to register.</summary>
    public async Task<RegisterPage> SignUpToRegisterAsync(string name, string email, string password)
    {
        await FillAndSubmitAsync(name, email, password);
        await ConfirmFromMailAsync(email);
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

    /// <summary>Sends the form; the page says a link is on its way to the address.</summary>
    public async Task<SignUpPage> SendAsync(string name, string email, string password)
    {
        await FillAndSubmitAsync(name, email, password);
        await ArriveAtAsync("sign-up-sent");
        return this;
    }

    /// <summary>Opens the link of the confirmation mail, as from the person's inbox: a page with one button.</summary>
    public async Task<SignUpPage> OpenConfirmationLinkAsync(string email)
    {
        await Page.GotoAsync(await BrowserSession.MailLinkAsync(Page, email, "account.confirm"));
        await ArriveAtAsync("confirm-form");
        return this;
    }

    /// <summary>Confirms with one tap on the confirmation page; Goen signs the person in and opens their profile.</summary>
    public async Task<ProfilePage> ConfirmAsync()
    {
        await Page.GetByTestId("confirm-form").GetByTestId("submit").ClickAsync();
        await ArriveAtAsync("profile-form");
        return new ProfilePage(Page);
    }

    // "We have sent you a link": the person opens it from their mail and confirms with one tap.
    private async Task ConfirmFromMailAsync(string email)
    {
        await ArriveAtAsync("sign-up-sent");
        await OpenConfirmationLinkAsync(email);
        await Page.GetByTestId("confirm-form").GetByTestId("submit").ClickAsync();
    }

    private async Task FillAndSubmitAsync(string name, string email, string password)
    {
        await Form.GetByTestId("name").FillAsync(name);
        await Form.GetByTestId("email").FillAsync(email);
        await Form.GetByTestId("password").FillAsync(password);
        await Form.GetByTestId("submit").ClickAsync();
    }
}
