using Goen.Data;
using Goen.Data.Network;
using Goen.Data.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages.Network;

/// <summary>My QR card: a code another person scans at an event to open my card, save me, and log our encounter.</summary>
public sealed class Card(SiteAddress site, GoenDbContext db) : PageModel
{
    public string CardUrl { get; private set; } = "";

    /// <summary>Gets the QR code as an SVG data address (an image: the CSP allows no inline styles).</summary>
    public string QrImage { get; private set; } = "";

    public SharedProfile? Shown { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(renew: false, cancellationToken);

    public async Task<IActionResult> OnPostRenewAsync(CancellationToken cancellationToken)
    {
        await QrCard.CodeAsync(db, User.UserId(), renew: true, cancellationToken);
        return RedirectToPage();
    }

    private async Task ShowAsync(bool renew, CancellationToken cancellationToken)
    {
        var code = await QrCard.CodeAsync(db, User.UserId(), renew, cancellationToken);
        CardUrl = $"{site.BaseFor(Request)}/Card/{code}";
        QrImage = Web.QrImage.DataUri(CardUrl);
        Shown = await QrCard.FindAsync(db, code, cancellationToken);
    }
}
