using Goen.Core.Contacts;
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
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["ContactImport.NoFile"]);
            return Page();
        }

        if (Upload.Length > ContactImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["ContactImport.TooLarge", ContactImport.MaxBytes / 1024 / 1024]);
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            var preview = await ContactImport.UploadAsync(db, User.UserId(), Upload.FileName, buffer.ToArray(), clock, cancellationToken);
            return RedirectToPage(new { draft = preview.DraftId });
        }
        catch (VCardFormatException e)
        {
            ModelState.AddModelError(nameof(Upload), $"{text["ContactImport.NotVcard"]} {e.Message}");
            return Page();
        }
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
