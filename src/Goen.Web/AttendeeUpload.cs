using System.Globalization;
using Goen.Core.Profiles;
using Goen.Data;
using Goen.Data.Events;
using Microsoft.Extensions.Localization;

namespace Goen.Web;

/// <summary>An uploaded attendee file checked and kept as a draft, for the import page and the API alike.</summary>
public static class AttendeeUpload
{
    /// <summary>The largest attendee file accepted (a few thousand rows is a very large event).</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Keeps an upload as the organizer's draft for an event, or says in words why it cannot.</summary>
    /// <param name="file">The uploaded file, if any.</param>
    /// <param name="db">The database.</param>
    /// <param name="userId">The organizer (the caller checks).</param>
    /// <param name="eventId">The event.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="text">The UI text.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The draft; or, when refused, the problem in the request's language (nothing saved).</returns>
    public static async Task<(ImportDraft? Draft, string? Problem)> SaveAsync(
        IFormFile? file, GoenDbContext db, string userId, int eventId, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (file is null || file.Length == 0)
        {
            return (null, text["Import.NoFile"]);
        }

        if (file.Length > MaxFileBytes)
        {
            return (null, text["Import.TooLarge", MaxFileBytes / 1024 / 1024]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        try
        {
            return (await AttendeeFileImport.SaveDraftAsync(db, userId, eventId, file.FileName, buffer.ToArray(), clock, cancellationToken), null);
        }
        catch (ProfileFileException e)
        {
            return (null, e.LocalizedMessage(CultureInfo.CurrentUICulture));
        }
    }
}
