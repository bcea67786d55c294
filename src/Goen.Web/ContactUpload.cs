using Goen.Core.Contacts;
using Goen.Data;
using Goen.Data.Network;
using Microsoft.Extensions.Localization;

namespace Goen.Web;

/// <summary>An uploaded .vcf checked and kept as a draft, for the import page and the API alike.</summary>
public static class ContactUpload
{
    /// <summary>Reads an upload into a preview, or says in words why it cannot.</summary>
    /// <param name="file">The uploaded file, if any.</param>
    /// <param name="db">The database.</param>
    /// <param name="userId">The uploader.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="text">The UI text.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The preview; or, when refused, a title (for a file that is not a vCard) and the problem.</returns>
    public static async Task<(ContactImportPreview? Preview, string? Title, string? Problem)> ReadAsync(
        IFormFile? file, GoenDbContext db, string userId, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (file is null || file.Length == 0)
        {
            return (null, null, text["ContactImport.NoFile"]);
        }

        if (file.Length > ContactImport.MaxBytes)
        {
            return (null, null, text["ContactImport.TooLarge", ContactImport.MaxBytes / 1024 / 1024]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        try
        {
            return (await ContactImport.UploadAsync(db, userId, file.FileName, buffer.ToArray(), clock, cancellationToken), null, null);
        }
        catch (VCardFormatException e)
        {
            return (null, text["ContactImport.NotVcard"], e.Message);
        }
    }
}
