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
    /// <summary>The largest attendee file accepted; the check is <see cref="AttendeeUpload"/>'s, shared with the API.</summary>
    public const int MaxFileBytes = AttendeeUpload.MaxFileBytes;

    private string _importMapping = "{}";
    private Dictionary<int, AttendeeRow>? _rowsByLine;

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

        return AlreadyImported ? AlreadyImportedPage() : Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsOrganizerAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (draft, problem) = await AttendeeUpload.SaveAsync(Upload, db, UserId, id, clock, text, cancellationToken);
        if (draft is null)
        {
            ModelState.AddModelError(nameof(Upload), problem!);
            return Page();
        }

        return RedirectToPage(new { id, draft = draft.Id });
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsOrganizerAsync(id, cancellationToken) || Draft is not { } draftId)
        {
            return NotFound();
        }

        if (await LoadDraftAsync(draftId, cancellationToken) is { } draft)
        {
            Show(draft, ParseMapping());
        }

        return AlreadyImported ? AlreadyImportedPage() : Page();
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
            return AlreadyImported ? AlreadyImportedPage() : Page();
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
        Preview = null;
        return Page();
    }

    /// <summary>Gets the columns mapped to a field, in file order: shown first on the mapping form.</summary>
    public IReadOnlyList<int> MappedColumns => [.. Enumerable.Range(0, Fields.Count).Where(i => Fields[i] is not null)];

    /// <summary>Gets the columns kept as-is, in file order: folded away on the mapping form.</summary>
    public IReadOnlyList<int> KeptColumns => [.. Enumerable.Range(0, Fields.Count).Where(i => Fields[i] is null)];

    /// <summary>
    /// Gets the mapped fields the preview shows between the name and the status, each with its column, in field
    /// order: what this file brings in, not a fixed set.
    /// </summary>
    public IReadOnlyList<(AttendeeField Field, int Column)> PreviewColumns =>
        [.. Targets.Where(f => f is not (AttendeeField.Name or AttendeeField.FamilyName or AttendeeField.GivenName or AttendeeField.Status))
            .Select(f => (f, Column: Enumerable.Range(0, Fields.Count).FirstOrDefault(i => Fields[i] == f, -1)))
            .Where(c => c.Column >= 0)];

    /// <summary>A cell of an accepted row as the file wrote it (trimmed).</summary>
    public string CellOf(ImportedAttendee row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        _rowsByLine ??= Table!.Rows.ToDictionary(r => r.Line);
        return _rowsByLine[row.Line].Cells[column];
    }

    /// <summary>A mapping target's name as a table header ("E-mail", 「メールアドレス」).</summary>
    public static string HeaderOf(AttendeeField field)
    {
        var name = FieldName(field);
        return name.Length == 0 ? name : string.Concat(name[..1].ToUpper(CultureInfo.CurrentUICulture), name[1..]);
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

    // A draft that no longer waits says why: imported already, or gone (expired, replaced, never there) with the upload form again.
    private async Task<ImportDraft?> LoadDraftAsync(Guid draftId, CancellationToken cancellationToken)
    {
        var (draft, state) = await AttendeeFileImport.FindDraftAsync(db, UserId, EventId, draftId, clock.GetUtcNow(), cancellationToken);
        AlreadyImported = state == DraftState.Imported;
        if (state is DraftState.Expired or DraftState.Unknown)
        {
            ModelState.AddModelError("", text[state == DraftState.Expired ? "Import.DraftExpired" : "Import.DraftUnknown"]);
            Draft = null;
        }

        return draft;
    }

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
