using System.Text.Json;
using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Network;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Goen.Web.Pages.Network;

/// <summary>Reminders, the private calendar feed, and my data: take it, restore it, delete it.</summary>
public sealed class Settings(GoenDbContext db, TimeProvider clock, SignInManager<GoenUser> signIn, UserManager<GoenUser> users, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public int FollowUpDays { get; set; }

    public string? FeedUrl { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? message, CancellationToken cancellationToken)
    {
        Message = message is "Saved" or "FeedMade" or "FeedRevoked" ? text["Settings." + message].Value : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(CancellationToken cancellationToken)
    {
        var days = Math.Clamp(FollowUpDays, 0, 3650);
        await db.Users.Where(u => u.Id == User.UserId()).ExecuteUpdateAsync(u => u.SetProperty(x => x.FollowUpDays, days), cancellationToken);
        return RedirectToPage(new { message = "Saved" });
    }

    public async Task<IActionResult> OnPostCalendarAsync(CancellationToken cancellationToken)
    {
        await CalendarFeed.RenewAsync(db, User.UserId(), cancellationToken);
        return RedirectToPage(new { message = "FeedMade" });
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        await CalendarFeed.RevokeAsync(db, User.UserId(), cancellationToken);
        return RedirectToPage(new { message = "FeedRevoked" });
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        AccountExport? export = null;
        if (upload is { Length: > 0 and <= GoenWebBuilder.MaxRequestBytes })
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                export = await JsonSerializer.DeserializeAsync<AccountExport>(stream, json.Value.SerializerOptions, cancellationToken);
            }
            catch (JsonException)
            {
            }
        }

        var problem = export is null ? RestoreProblem.NotAnExport : await AccountData.ImportAsync(db, User.UserId(), export, clock, cancellationToken);
        if (problem == RestoreProblem.None)
        {
            return RedirectToPage("/Network/Index");
        }

        ModelState.AddModelError("", problem switch { RestoreProblem.NotEmpty => text["MyData.NotEmpty"], RestoreProblem.TooLong => text["MyData.TooLong"], _ => text["MyData.NotAnExport"] });
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? password, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || password is null || !await users.CheckPasswordAsync(user, password))
        {
            ModelState.AddModelError("", text["Settings.DeleteWrongPassword"]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        await AccountData.DeleteAsync(db, user.Id, cancellationToken);
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        FollowUpDays = await ContactQueries.DefaultFollowUpDaysAsync(db, userId, cancellationToken);
        var token = await CalendarFeed.TokenAsync(db, userId, cancellationToken);
        FeedUrl = Api.MeApi.FeedUrl(Request, token);
    }
}
