using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Goen.Core.Profiles;
using Goen.Core.Text;
using Goen.Data;
using Goen.Data.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Api;

/// <summary>
/// Importing an event's attendee file, for its organizer only, through the same code as the import page: upload
/// (nothing saved but the draft) answers what Goen read, then a confirm imports it in one transaction.
/// </summary>
/// <remarks>
/// Fields, platforms and statuses are spelled in camelCase (<c>externalId</c>, <c>googleForms</c>, <c>notAttending</c>).
/// Every refusal is problem details JSON with a title in the request's language; decision 0010 lists them.
/// </remarks>
public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/events/{id:int}/imports").WithTags("Imports").RequireAuthorization();

        // A script posts the file without a page, so it has no antiforgery token; the API is cookie- and
        // SameSite-protected like the contacts upload.
        api.MapPost("", UploadAttendees).WithName(nameof(UploadAttendees)).DisableAntiforgery()
            .WithSummary("Reads an attendee file (multipart, field 'file'; connpass, Peatix, Luma, Eventbrite, Google Forms or Goen CSV) and answers what importing it would do; nothing is saved but the draft.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{draftId:guid}", ConfirmAttendees).WithName(nameof(ConfirmAttendees))
            .WithSummary("Imports an uploaded file in one transaction, optionally under another mapping (header → field, null to keep) and status choices (value → status); 409 when it was imported already, 410 when it expired.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return routes;
    }

    public static async Task<Results<Ok<ImportDocument>, ProblemHttpResult>> UploadAttendees(
        int id, IFormFile? file, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (await AttendeeFileImport.OrganizedAsync(db, userId, id, cancellationToken) is not { } organized)
        {
            return Problem(StatusCodes.Status404NotFound, text["ImportApi.NoEvent"]);
        }

        var (draft, problem) = await AttendeeUpload.SaveAsync(file, db, userId, id, clock, text, cancellationToken);
        if (draft is null)
        {
            return Problem(StatusCodes.Status400BadRequest, problem!);
        }

        return TypedResults.Ok(ImportDocument.Of(draft.Id, AttendeeFileImport.Read(draft, organized.Mapping, null, null)));
    }

    public static async Task<Results<Ok<ImportResultDocument>, ProblemHttpResult>> ConfirmAttendees(
        int id, Guid draftId, ConfirmRequest? input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (await AttendeeFileImport.OrganizedAsync(db, userId, id, cancellationToken) is not { } organized)
        {
            return Problem(StatusCodes.Status404NotFound, text["ImportApi.NoEvent"]);
        }

        var (draft, state) = await AttendeeFileImport.FindDraftAsync(db, userId, id, draftId, clock.GetUtcNow(), cancellationToken);
        if (draft is null)
        {
            return state switch
            {
                DraftState.Imported => Problem(StatusCodes.Status409Conflict, text["Import.AlreadyImported"]),
                DraftState.Expired => Problem(StatusCodes.Status410Gone, text["Import.DraftExpired"]),
                _ => Problem(StatusCodes.Status404NotFound, text["Import.DraftUnknown"]),
            };
        }

        var guessed = AttendeeFileImport.Read(draft, organized.Mapping, null, null);
        var fields = guessed.Fields.ToList();
        foreach (var (header, name) in input?.Mapping ?? new Dictionary<string, string?>())
        {
            if (ColumnOf(guessed.Table.Headers, header) is not { } column)
            {
                return Problem(StatusCodes.Status400BadRequest, text["ImportApi.UnknownColumn", header]);
            }

            if (string.IsNullOrEmpty(name))
            {
                fields[column] = null;
            }
            else if (Parse<AttendeeField>(name) is { } field)
            {
                fields[column] = field;
            }
            else
            {
                return Problem(StatusCodes.Status400BadRequest, text["ImportApi.UnknownField", name, string.Join(", ", Enum.GetValues<AttendeeField>().Select(f => Name(f)))]);
            }
        }

        var statuses = new Dictionary<string, AttendeeStatus>(StringComparer.Ordinal);
        foreach (var (value, name) in input?.Statuses ?? new Dictionary<string, string?>())
        {
            if (Parse<AttendeeStatus>(name) is not { } status)
            {
                return Problem(StatusCodes.Status400BadRequest, text["ImportApi.UnknownStatus", name ?? "", string.Join(", ", Enum.GetValues<AttendeeStatus>().Select(s => Name(s)))]);
            }

            statuses[value] = status;
        }

        var reading = AttendeeFileImport.Read(draft, organized.Mapping, fields, statuses);
        if (reading.Problems.Count > 0)
        {
            return Problem(StatusCodes.Status400BadRequest, string.Join(" ", reading.Problems.Select(p => p.LocalizedMessage(CultureInfo.CurrentUICulture, reading.Table.Headers))));
        }

        return await AttendeeFileImport.ConfirmAsync(db, draft, reading, clock, cancellationToken) is { } outcome
            ? TypedResults.Ok(new ImportResultDocument(outcome.Added, outcome.Updated))
            : Problem(StatusCodes.Status409Conflict, text["Import.AlreadyImported"]);
    }

    /// <summary>An enum value as the API spells it: camelCase (<c>notAttending</c>, <c>googleForms</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static T? Parse<T>(string? name)
        where T : struct, Enum =>
        name is { Length: > 0 } && !char.IsAsciiDigit(name[0]) && Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    // A header as written, else the one header it equals when width, case and kana are folded (ＥＭＡＩＬ, email).
    private static int? ColumnOf(IReadOnlyList<string> headers, string header)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i] == header)
            {
                return i;
            }
        }

        var folded = TextNormalizer.FoldKey(header);
        int[] matches = [.. Enumerable.Range(0, headers.Count).Where(i => TextNormalizer.FoldKey(headers[i]) == folded)];
        return matches.Length == 1 ? matches[0] : null;
    }

    private static ProblemHttpResult Problem(int status, string title) => TypedResults.Problem(title: title, statusCode: status);

    /// <summary>How to import a file differently from what Goen read: columns by header, status values as written.</summary>
    /// <param name="Mapping">Header → field (camelCase), or null/empty to keep the column as-is; columns not named keep the field Goen proposed.</param>
    /// <param name="Statuses">Status value as written → <c>attending</c>, <c>waitlisted</c>, <c>cancelled</c> or <c>notAttending</c>.</param>
    public sealed record ConfirmRequest(IReadOnlyDictionary<string, string?>? Mapping, IReadOnlyDictionary<string, string?>? Statuses);

    /// <summary>What an import did.</summary>
    public sealed record ImportResultDocument(int Added, int Updated);

    /// <summary>A column and the field it is read as (null: kept as-is, for the organizer only).</summary>
    public sealed record ColumnDocument(string Header, string? Field);

    /// <summary>A distinct value of the status column and the status it becomes (null: a word Goen does not know; its rows are left out).</summary>
    public sealed record StatusDocument(string Value, string? Becomes);

    /// <summary>A person who would be imported.</summary>
    public sealed record AcceptedDocument(int Line, string Name, string? Organization, string? Email, string Status);

    /// <summary>A row that would be left out, with the reason in the request's language.</summary>
    public sealed record RejectedDocument(int Line, string Reason);

    /// <summary>
    /// What Goen read in an uploaded file and what importing it as proposed would do. While the proposed mapping
    /// has a problem (no name column) <see cref="Accepted"/> and <see cref="Rejected"/> are empty and a confirm
    /// must send a mapping.
    /// </summary>
    public sealed record ImportDocument(
        Guid DraftId,
        string Platform,
        string Encoding,
        string Separator,
        IReadOnlyList<ColumnDocument> Columns,
        IReadOnlyList<StatusDocument> Statuses,
        IReadOnlyList<AcceptedDocument> Accepted,
        IReadOnlyList<RejectedDocument> Rejected)
    {
        public static ImportDocument Of(Guid draftId, AttendeeFileReading reading)
        {
            ArgumentNullException.ThrowIfNull(reading);
            var preview = reading.Preview;
            return new(
                draftId,
                Name(reading.Kind),
                reading.Table.EncodingName,
                reading.Table.Separator.ToString(),
                [.. reading.Table.Headers.Select((h, i) => new ColumnDocument(h, reading.Fields[i] is { } f ? Name(f) : null))],
                [.. reading.Statuses.Select(s => new StatusDocument(s.Value, s.Becomes is { } b ? Name(b) : null))],
                [.. (preview?.Accepted ?? []).Select(a => new AcceptedDocument(a.Line, a.Profile.Name, NullIfEmpty(a.Profile.Organization), NullIfEmpty(a.Email), Name(a.Status)))],
                [.. (preview?.Rejected ?? []).Select(r => new RejectedDocument(r.Line, r.LocalizedMessage(CultureInfo.CurrentUICulture)))]);
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
