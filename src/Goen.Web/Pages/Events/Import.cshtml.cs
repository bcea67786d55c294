using System.Globalization;
using Goen.Core.Profiles;
using Goen.Data;
using Goen.Data.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
        ImportDraft draft;
        try
        {
            draft = await AttendeeFileImport.SaveDraftAsync(db, UserId, id, Upload.FileName, buffer.ToArray(), clock, cancellationToken);
        }
        catch (ProfileFileException e)
        {
            ModelState.AddModelError(nameof(Upload), e.LocalizedMessage(CultureInfo.CurrentUICulture));
            return Page();
        }

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

        var reading = Show(draft, ParseMapping());
        if (reading?.Preview is null)
        {
            return Page();
        }

        if (await AttendeeFileImport.ConfirmAsync(db, draft, reading, clock, cancellationToken) is not { } outcome)
        {
            return AlreadyImportedPage();
        }

        Outcome = outcome;
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

    private AttendeeFileReading? Show(ImportDraft draft, IReadOnlyList<AttendeeField?>? mapping)
    {
        AttendeeFileReading reading;
        try
        {
            reading = AttendeeFileImport.Read(draft, _importMapping, mapping, ChosenStatuses());
        }
        catch (ProfileFileException e)
        {
            ModelState.AddModelError("", e.LocalizedMessage(CultureInfo.CurrentUICulture));
            return null;
        }

        Table = reading.Table;
        Kind = reading.Kind;
        Fields = reading.Fields;
        foreach (var problem in reading.Problems)
        {
            ModelState.AddModelError("", problem.LocalizedMessage(CultureInfo.CurrentUICulture, Table.Headers));
        }

        Statuses = reading.Statuses;
        Preview = reading.Preview;
        return reading;
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

    private List<AttendeeField?> ParseMapping() => [.. Mapping.Select(AttendeeFileImport.ParseField)];

    private Task<ImportDraft?> LoadDraftAsync(Guid draftId, CancellationToken cancellationToken) =>
        AttendeeFileImport.FindDraftAsync(db, UserId, EventId, draftId, cancellationToken);

    private async Task<bool> IsOrganizerAsync(int id, CancellationToken cancellationToken)
    {
        var found = await AttendeeFileImport.OrganizedAsync(db, UserId, id, cancellationToken);
        EventId = id;
        EventTitle = found?.Title ?? "";
        _importMapping = found?.Mapping ?? "{}";
        return found is not null;
    }

    private string UserId => User.UserId();
}
