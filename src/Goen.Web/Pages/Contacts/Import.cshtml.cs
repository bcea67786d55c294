using Goen.Data;
using Goen.Data.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Contacts;

/// <summary>
/// Imports contacts from a .vcf: upload, see what would be added and what merged into contacts already
/// there, then import in one transaction. Re-importing never duplicates a contact.
/// </summary>
public sealed class Import(GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Draft { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ContactImportPreview? Preview { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Draft is { } draftId)
        {
            Preview = await ContactImport.PreviewAsync(db, User.UserId(), draftId, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        var (preview, title, problem) = await ContactUpload.ReadAsync(Upload, db, User.UserId(), clock, text, cancellationToken);
        if (preview is null)
        {
            ModelState.AddModelError(nameof(Upload), title is null ? problem! : $"{title} {problem}");
            return Page();
        }

        return RedirectToPage(new { draft = preview.DraftId });
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (Draft is not { } draftId || await ContactImport.ConfirmAsync(db, User.UserId(), draftId, clock, cancellationToken) is not { } done)
        {
            Done = text["ContactImport.Gone"];
            Draft = null;
            return Page();
        }

        Draft = null;
        Done = text["ContactImport.Done", done.Added, done.Merged];
        return Page();
    }
}
