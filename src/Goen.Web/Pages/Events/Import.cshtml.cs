using System.Globalization;
using System.Text.Json;
using Goen.Core.Profiles;
using Goen.Data;
using Goen.Data.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Pages.Events;

/// <summary>
/// Imports attendees from an event platform's CSV: upload, then check the column mapping and the preview
/// (every rejected row with its reason), then import all accepted rows in one transaction.
/// </summary>
/// <remarks>
/// The uploaded file waits in the database between the steps, so the steps work without JavaScript and
/// on any web instance.
/// </remarks>
public sealed class Import(GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    /// <summary>The largest attendee file accepted (a few thousand rows is a very large event).</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    private string _importMapping = "{}";

    public int EventId { get; private set; }

    public string EventTitle { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid? Draft { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public List<string?> Mapping { get; set; } = [];

    /// <summary>Gets or sets the distinct values of the status column, as the form sends them back.</summary>
    [BindProperty]
    public List<string?> StatusValue { get; set; } = [];

    /// <summary>Gets or sets what the organizer says each of <see cref="StatusValue"/> means (empty: as Goen reads it).</summary>
    [BindProperty]
    public List<string?> StatusChoice { get; set; } = [];

    /// <summary>Gets the distinct values of the mapped status column, with what each becomes (null: a word Goen does not know).</summary>
    public IReadOnlyList<AttendeeStatusValue> Statuses { get; private set; } = [];

    public AttendeeTable? Table { get; private set; }

    public AttendeeFileKind Kind { get; private set; }

    public AttendeeImportPreview? Preview { get; private set; }

    public ImportOutcome? Outcome { get; private set; }

    public IReadOnlyList<AttendeeField?> Fields { get; private set; } = [];

    public static IReadOnlyList<AttendeeField> Targets { get; } = Enum.GetValues<AttendeeField>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsOrganizerAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Draft is { } draftId && await LoadDraftAsync(draftId, cancellationToken) is { } draft)
        {
            Show(draft, null);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsOrganizerAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.NoFile"]);
            return Page();
        }

        if (Upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.TooLarge", MaxFileBytes / 1024 / 1024]);
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        var fileName = Path.GetFileName(Upload.FileName);
        fileName = fileName.Length > 200 ? fileName[..200] : fileName;
        try
        {
            AttendeeCsv.ReadTable(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName);
        }
        catch (ProfileFileException e)
        {
            ModelState.AddModelError(nameof(Upload), e.LocalizedMessage(CultureInfo.CurrentUICulture));
            return Page();
        }

        // Uploaded personal data does not linger or pile up: a day at most, one per event, a few per person.
        await Drafts.MakeRoomForAttendeeFileAsync(db, UserId, id, clock.GetUtcNow(), cancellationToken);
        var draft = new ImportDraft { Id = Guid.NewGuid(), EventId = id, UserId = UserId, FileName = fileName, Content = buffer.ToArray(), CreatedAt = clock.GetUtcNow() };
        db.ImportDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id, draft = draft.Id });
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsOrganizerAsync(id, cancellationToken) || Draft is not { } draftId || await LoadDraftAsync(draftId, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        Show(draft, ParseMapping());
        return Page();
    }

    /// <summary>Gets whether the confirmed file had already been imported (a second click, or another tab).</summary>
    public bool AlreadyImported { get; private set; }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsOrganizerAsync(id, cancellationToken) || Draft is not { } draftId)
        {
            return NotFound();
        }

        if (await LoadDraftAsync(draftId, cancellationToken) is not { } draft)
        {
            // A confirmed draft is deleted with the import: its absence means the import happened.
            return AlreadyImportedPage();
        }

        Show(draft, ParseMapping());
        if (Preview is null)
        {
            return Page();
        }

        // The draft goes in the same save as the people, so a failed import leaves the draft to retry;
        // the mapping is kept so the next file of this event is read the same way.
        db.ImportDrafts.Remove(draft);
        var target = await db.Events.SingleAsync(e => e.Id == id, cancellationToken);
        target.ImportMapping = JsonSerializer.Serialize(Table!.Headers.Select((h, i) => (h, i)).DistinctBy(c => c.h).ToDictionary(c => c.h, c => Fields[c.i]?.ToString()));
        try
        {
            Outcome = await AttendeeImporter.ApplyAsync(db, id, UserId, Preview.Accepted, clock, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two confirms at once: the other one deleted the draft first and imported the file.
            db.ChangeTracker.Clear();
            if (await db.ImportDrafts.AnyAsync(d => d.Id == draftId, cancellationToken))
            {
                throw;
            }

            return AlreadyImportedPage();
        }

        Draft = null;
        return Page();
    }

    private PageResult AlreadyImportedPage()
    {
        AlreadyImported = true;
        Draft = null;
        Table = null;
        return Page();
    }

    /// <summary>The localized name of a mapping target.</summary>
    public static string FieldName(AttendeeField field) => AttendeeCsv.FieldName(field, CultureInfo.CurrentUICulture);

    private void Show(ImportDraft draft, IReadOnlyList<AttendeeField?>? mapping)
    {
        try
        {
            Table = AttendeeCsv.ReadTable(draft.Content, draft.FileName);
        }
        catch (ProfileFileException e)
        {
            ModelState.AddModelError("", e.LocalizedMessage(CultureInfo.CurrentUICulture));
            return;
        }

        Kind = AttendeeCsv.Detect(Table.Headers);
        Fields = mapping is { } chosen && chosen.Count == Table.Headers.Count ? chosen : Remembered(AttendeeCsv.GuessMapping(Table.Headers, Kind));
        var problems = AttendeeCsv.MappingProblems(Table.Headers, Fields);
        foreach (var problem in problems)
        {
            ModelState.AddModelError("", problem.LocalizedMessage(CultureInfo.CurrentUICulture, Table.Headers));
        }

        var statuses = ChosenStatuses();
        Statuses = problems.Count == 0 ? AttendeeCsv.StatusValues(Table, Fields, statuses) : [];
        Preview = problems.Count == 0 ? AttendeeCsv.Interpret(Table, Fields, statuses) : null;
    }

    /// <summary>What the organizer chose for each status word on the form; a word left as read is not in it.</summary>
    private Dictionary<string, AttendeeStatus> ChosenStatuses()
    {
        var chosen = new Dictionary<string, AttendeeStatus>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(StatusValue.Count, StatusChoice.Count); i++)
        {
            if (StatusValue[i] is { } value && Enum.TryParse<AttendeeStatus>(StatusChoice[i], out var status) && Enum.IsDefined(status))
            {
                chosen[value] = status;
            }
        }

        return chosen;
    }

    // What the organizer chose for a column last time beats the guess: a re-import must key people the same way.
    private List<AttendeeField?> Remembered(IReadOnlyList<AttendeeField?> guess)
    {
        var remembered = JsonSerializer.Deserialize<Dictionary<string, string?>>(_importMapping) ?? [];
        return [.. Table!.Headers.Select((header, i) => remembered.TryGetValue(header, out var field) ? ParseField(field) : guess[i])];
    }

    private List<AttendeeField?> ParseMapping() => [.. Mapping.Select(ParseField)];

    // A mapping target by name; anything else (empty, forged, unknown) keeps the column as-is.
    private static AttendeeField? ParseField(string? name) =>
        Enum.TryParse<AttendeeField>(name, out var field) && Enum.IsDefined(field) ? field : null;

    private async Task<ImportDraft?> LoadDraftAsync(Guid draftId, CancellationToken cancellationToken) =>
        await db.ImportDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.EventId == EventId && d.UserId == UserId, cancellationToken);

    private async Task<bool> IsOrganizerAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Events.Where(e => e.Id == id && e.OrganizerId == UserId).Select(e => new { e.Title, e.ImportMapping }).SingleOrDefaultAsync(cancellationToken);
        EventId = id;
        EventTitle = found?.Title ?? "";
        _importMapping = found?.ImportMapping ?? "{}";
        return found is not null;
    }

    private string UserId => User.UserId();
}
