using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Account;

/// <summary>
/// Identity's errors in the page's language (Identity's own text is English only). A taken address is never
/// described: sign-up answers the same for it as for a new one (decision 0014).
/// </summary>
internal static class AccountText
{
    public static string Describe(IdentityError error, IStringLocalizer<UiText> text) => error.Code switch
    {
        "InvalidEmail" or "InvalidUserName" => text["Validation.Email", text["Field.SignInEmail"]],
        "PasswordTooShort" => text["Validation.PasswordLength", text["Field.Password"], 200, 10],
        _ => text["SignUp.Failed"],
    };
}
