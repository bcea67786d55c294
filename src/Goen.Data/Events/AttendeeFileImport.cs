using System.Text.Json;
using Goen.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Events;

/// <summary>
/// Importing an attendee file into an event, for the import page and the API alike: the upload kept as a draft,
/// the draft read under a mapping, and the confirmation that imports it once.
/// </summary>
/// <remarks>
/// A confirmed draft keeps its row, with its content emptied in the same transaction as the import, until the
/// purge: a second confirmation (a double click, another tab, a script's retry) is told it already happened
/// instead of importing twice or being taken for an unknown draft. An uploaded file is never empty, so an empty
/// content means confirmed.
/// </remarks>
public static class AttendeeFileImport
{
    /// <summary>The longest file name kept with a draft.</summary>
    public const int MaxFileNameLength = 200;

    private static readonly byte[] NoContent = [];

    /// <summary>Finds whether a person organizes an event, and the mapping they last imported its files with.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The person.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The event's title and remembered mapping (JSON, header to field name); <see langword="null"/> when the person does not organize it.</returns>
    public static async Task<(string Title, string Mapping)?> OrganizedAsync(GoenDbContext db, string userId, int eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await db.Events.Where(e => e.Id == eventId && e.OrganizerId == userId).Select(e => new { e.Title, e.ImportMapping }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Title, found.ImportMapping);
    }

    /// <summary>Reads an uploaded file and keeps it as the person's draft for the event.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The organizer (the caller checks).</param>
    /// <param name="eventId">The event.</param>
    /// <param name="fileName">The file's name as uploaded; only its last part is kept, cut to <see cref="MaxFileNameLength"/>.</param>
    /// <param name="content">The file.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The saved draft.</returns>
    /// <exception cref="ProfileFileException">The file cannot be read as an attendee table; nothing is saved.</exception>
    public static async Task<ImportDraft> SaveDraftAsync(GoenDbContext db, string userId, int eventId, string fileName, byte[] content, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(clock);
        var name = Path.GetFileName(fileName ?? "");
        name = name.Length > MaxFileNameLength ? name[..MaxFileNameLength] : name;
        AttendeeCsv.ReadTable(content, name);

        // Uploaded personal data does not linger or pile up: a day at most, one per event, a few per person.
        await Drafts.MakeRoomForAttendeeFileAsync(db, userId, eventId, clock.GetUtcNow(), cancellationToken);
        var draft = new ImportDraft { Id = Guid.NewGuid(), EventId = eventId, UserId = userId, FileName = name, Content = content, CreatedAt = clock.GetUtcNow() };
        db.ImportDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>Finds one of a person's drafts for an event, and whether it still waits.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The organizer.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="draftId">The draft.</param>
    /// <param name="now">The current time: a draft older than <see cref="Drafts.Lifetime"/> has expired, purged or not.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The draft (untracked) when it waits; its state in any case. Someone else's draft is <see cref="DraftState.Unknown"/>.</returns>
    public static async Task<(ImportDraft? Draft, DraftState State)> FindDraftAsync(GoenDbContext db, string userId, int eventId, Guid draftId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var draft = await db.ImportDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId && d.EventId == eventId && d.UserId == userId, cancellationToken);
        return draft switch
        {
            null => (null, DraftState.Unknown),
            { Content.Length: 0 } => (null, DraftState.Imported),
            _ when draft.CreatedAt < now - Drafts.Lifetime => (null, DraftState.Expired),
            _ => (draft, DraftState.Waiting),
        };
    }

    /// <summary>Reads a draft under a mapping: the mapping chosen, else the one remembered for the event's columns, else Goen's guess.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="rememberedMapping">The event's remembered mapping, from <see cref="OrganizedAsync"/>.</param>
    /// <param name="chosen">The organizer's mapping, one entry per column; ignored unless it has one entry per column.</param>
    /// <param name="statuses">What the organizer said status words mean.</param>
    /// <returns>The reading; its preview is <see langword="null"/> while the mapping has problems.</returns>
    /// <exception cref="ProfileFileException">The draft's file can no longer be read.</exception>
    public static AttendeeFileReading Read(ImportDraft draft, string rememberedMapping, IReadOnlyList<AttendeeField?>? chosen, IReadOnlyDictionary<string, AttendeeStatus>? statuses)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var table = AttendeeCsv.ReadTable(draft.Content, draft.FileName);
        var kind = AttendeeCsv.Detect(table.Headers);
        var fields = chosen is { } c && c.Count == table.Headers.Count ? c : Remembered(table, rememberedMapping, AttendeeCsv.GuessMapping(table.Headers, kind));
        var problems = AttendeeCsv.MappingProblems(table.Headers, fields);
        return problems.Count > 0
            ? new AttendeeFileReading(table, kind, fields, problems, [], null)
            : new AttendeeFileReading(table, kind, fields, problems, AttendeeCsv.StatusValues(table, fields, statuses), AttendeeCsv.Interpret(table, fields, statuses));
    }

    /// <summary>Imports a waiting draft as read, in one transaction that also marks the draft imported and remembers the mapping.</summary>
    /// <param name="db">The database; nothing may be pending in it.</param>
    /// <param name="draft">The waiting draft, from <see cref="FindDraftAsync"/>.</param>
    /// <param name="reading">The draft read under the mapping to import with, from <see cref="Read"/>; its preview must be there.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work; nothing is saved then.</param>
    /// <returns>How many people were added and updated; <see langword="null"/> when the draft was imported by another confirmation first.</returns>
    /// <exception cref="ArgumentException">The reading has no preview (its mapping has problems).</exception>
    public static async Task<ImportOutcome?> ConfirmAsync(GoenDbContext db, ImportDraft draft, AttendeeFileReading reading, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Preview is not { } preview)
        {
            throw new ArgumentException("The mapping has problems; there is nothing to import.", nameof(reading));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claiming the draft first makes a second confirmation wait for the first and then find it imported.
        var claimed = await db.ImportDrafts
            .Where(d => d.Id == draft.Id && d.Content != NoContent)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, NoContent), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        // The mapping is kept so the next file of this event is read the same way.
        var target = await db.Events.SingleAsync(e => e.Id == draft.EventId, cancellationToken);
        target.ImportMapping = JsonSerializer.Serialize(reading.Table.Headers.Select((h, i) => (h, i)).DistinctBy(c => c.h).ToDictionary(c => c.h, c => reading.Fields[c.i]?.ToString()));
        var outcome = await AttendeeImporter.ApplyAsync(db, draft.EventId, draft.UserId, preview.Accepted, clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Reads a mapping target by name; anything else (empty, forged, unknown) keeps the column as-is.</summary>
    /// <param name="name">The field's name as <see cref="AttendeeField"/> spells it.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public static AttendeeField? ParseField(string? name) =>
        Enum.TryParse<AttendeeField>(name, out var field) && Enum.IsDefined(field) ? field : null;

    // What the organizer chose for a column last time beats the guess: a re-import must key people the same way.
    private static List<AttendeeField?> Remembered(AttendeeTable table, string rememberedMapping, IReadOnlyList<AttendeeField?> guess)
    {
        var remembered = JsonSerializer.Deserialize<Dictionary<string, string?>>(rememberedMapping) ?? [];
        return [.. table.Headers.Select((header, i) => remembered.TryGetValue(header, out var field) ? ParseField(field) : guess[i])];
    }
}
