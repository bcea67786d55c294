using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Goen.Core.Contacts;
using Goen.Data;
using Goen.Data.Network;
using Goen.Data.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Api;

/// <summary>My network: encounters I log, my contacts, and how I could help each of them. Mine alone.</summary>
public static class NetworkApi
{
    public static IEndpointRouteBuilder MapNetworkApi(this IEndpointRouteBuilder routes)
    {
        var encounters = routes.MapGroup("/api/encounters").WithTags("Network").RequireAuthorization();
        encounters.MapPost("", LogEncounter).WithName(nameof(LogEncounter))
            .WithSummary("Logs an encounter; a personId links a Goen user, a name alone makes (or finds) a typed-in contact.");

        var contacts = routes.MapGroup("/api/contacts").WithTags("Network").RequireAuthorization();
        contacts.MapGet("", ListContacts).WithName(nameof(ListContacts)).WithSummary("My contacts, with when to follow up.");
        contacts.MapGet("/{id:int}", GetContact).WithName(nameof(GetContact)).WithSummary("One of my contacts with its encounters.");
        contacts.MapPut("/{id:int}", PutContact).WithName(nameof(PutContact)).WithSummary("Saves my notes on a contact; 409 when it changed since the version sent.");
        contacts.MapDelete("/{id:int}", DeleteContact).WithName(nameof(DeleteContact)).WithSummary("Deletes one of my contacts and its encounters.");
        contacts.MapPost("/{id:int}/merge", MergeContacts).WithName(nameof(MergeContacts))
            .WithSummary("Merges another of my contacts (the same person) into this one: details, notes and encounters.");
        contacts.MapGet("/export.vcf", ExportContacts).WithName(nameof(ExportContacts))
            .WithSummary("My contacts as vCard 4.0 (all, or one with ?id=).");
        contacts.MapPost("/imports", UploadContacts).WithName(nameof(UploadContacts)).DisableAntiforgery()
            .WithSummary("Reads a .vcf (multipart, field 'file') and previews what importing it would add and merge; nothing is saved but the draft.");
        contacts.MapPost("/imports/{draftId:guid}", ConfirmImport).WithName(nameof(ConfirmImport))
            .WithSummary("Imports a previewed .vcf in one transaction; 404 when it was already imported or has expired.");
        contacts.MapGet("/{id:int}/help", GetHelp).WithName(nameof(GetHelp))
            .WithSummary("How I could help this contact: people in my network to introduce, events to invite them to, things to talk about.");
        return routes;
    }

    public static async Task<Results<Created<EncounterDocument>, NotFound, ValidationProblem>> LogEncounter(EncounterRequest input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (encounter, problem) = await EncounterLog.LogAsync(
            db, user.UserId(), new EncounterInput(input.PersonId, input.Name, input.EventId, input.Date, input.TheyOffer, input.TheyNeed, input.TalkedAbout, input.Note), clock, cancellationToken);
        return problem switch
        {
            EncounterProblem.None => TypedResults.Created($"/api/contacts/{encounter!.ContactId}", EncounterDocument.From(encounter)),
            EncounterProblem.PersonNotFound => TypedResults.NotFound(),
            EncounterProblem.EventNotFound => Invalid("eventId", "You neither organize nor attend that event."),
            EncounterProblem.Self => Invalid("personId", "That is your own profile."),
            _ => Invalid("name", "Say whom you met: a personId or a name."),
        };
    }

    public static async Task<Ok<List<ContactSummary>>> ListContacts(ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ContactQueries.ListAsync(db, user.UserId(), cancellationToken));

    public static async Task<Results<Ok<ContactDocument>, NotFound>> GetContact(int id, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken) =>
        await ContactQueries.GetAsync(db, user.UserId(), id, cancellationToken) is { } contact ? TypedResults.Ok(ContactDocument.From(contact)) : TypedResults.NotFound();

    public static async Task<Results<Ok<ContactDocument>, NotFound, Conflict<ContactDocument>, ValidationProblem>> PutContact(int id, ContactUpdate input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var fields = new ContactFields(input.Name, input.PhoneticName, input.Organization, input.Role, input.Emails, input.Phones, input.TheyOffer, input.TheyNeed, input.Interests, input.Note, input.MetAtEventId, input.MetThroughContactId, input.FollowUpDays);
        var outcome = await ContactQueries.UpdateAsync(db, userId, id, fields, input.Version, clock, cancellationToken);
        var current = outcome == ContactSave.NotFound ? null : await ContactQueries.GetAsync(db, userId, id, cancellationToken);
        return outcome switch
        {
            ContactSave.Saved => TypedResults.Ok(ContactDocument.From(current!)),
            ContactSave.Stale => TypedResults.Conflict(ContactDocument.From(current!)),
            ContactSave.BadEvent => Invalid("metAtEventId", "You neither organize nor attend that event."),
            ContactSave.BadMetThrough => Invalid("metThroughContactId", "That is not another of your contacts."),
            ContactSave.TooLong => Invalid("emails", $"E-mail addresses and phone numbers can be at most {Contact.ListLength} characters together."),
            _ => TypedResults.NotFound(),
        };
    }

    public static async Task<Results<NoContent, NotFound>> DeleteContact(int id, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken) =>
        await ContactQueries.DeleteAsync(db, user.UserId(), id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<HelpDocument>, NotFound>> GetHelp(int id, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, Because because, CancellationToken cancellationToken) =>
        await HelpFinder.ForContactAsync(db, user.UserId(), id, clock, cancellationToken) is { } help ? TypedResults.Ok(HelpDocument.From(help, because)) : TypedResults.NotFound();

    public static async Task<Results<Ok<ContactDocument>, NotFound>> MergeContacts(int id, MergeRequest input, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        return await ContactQueries.MergeAsync(db, userId, id, input.OtherId, clock, cancellationToken)
            ? TypedResults.Ok(ContactDocument.From((await ContactQueries.GetAsync(db, userId, id, cancellationToken))!))
            : TypedResults.NotFound();
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> ExportContacts(int? id, ClaimsPrincipal user, GoenDbContext db, CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.OwnedBy(user.UserId()).AsNoTracking()
            .Where(c => id == null || c.Id == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (id is not null && contacts.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var text = VCardWriter.Write(contacts.Select(ContactImport.ToCard));
        var name = contacts.Count == 1 && id is not null ? $"goen-contact-{id}.vcf" : "goen-contacts.vcf";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/vcard; charset=utf-8", name);
    }

    public static async Task<Results<Ok<ImportPreviewDocument>, ProblemHttpResult>> UploadContacts(IFormFile? file, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var (preview, title, problem) = await ContactUpload.ReadAsync(file, db, user.UserId(), clock, text, cancellationToken);
        return preview is not null
            ? TypedResults.Ok(ImportPreviewDocument.From(preview))
            : TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: title);
    }

    public static async Task<Results<Ok<ImportResultDocument>, NotFound>> ConfirmImport(Guid draftId, ClaimsPrincipal user, GoenDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        await ContactImport.ConfirmAsync(db, user.UserId(), draftId, clock, cancellationToken) is { } done
            ? TypedResults.Ok(new ImportResultDocument(done.Added, done.Merged))
            : TypedResults.NotFound();

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The contact to merge into the one addressed.</summary>
    public sealed record MergeRequest(int OtherId);

    /// <summary>What importing a .vcf would do; nothing is saved until it is confirmed.</summary>
    public sealed record ImportPreviewDocument(Guid DraftId, IReadOnlyList<VCardContact> New, IReadOnlyList<MergeDocument> Merged, IReadOnlyList<VCardProblem> Problems)
    {
        public static ImportPreviewDocument From(ContactImportPreview p) =>
            new(p.DraftId, p.New, [.. p.Merged.Select(m => new MergeDocument(new ExistingContact(m.ExistingId, m.ExistingName, m.ExistingOrganization), m.Incoming))], p.Problems);
    }

    /// <summary>A contact already there and the card merged into it.</summary>
    public sealed record MergeDocument(ExistingContact Existing, VCardContact Incoming);

    /// <summary>A contact already in my network.</summary>
    public sealed record ExistingContact(int Id, string Name, string Organization);

    /// <summary>What an import did.</summary>
    public sealed record ImportResultDocument(int Added, int Merged);

    /// <summary>An encounter to log.</summary>
    public sealed record EncounterRequest(
        int? PersonId,
        [property: StringLength(Contact.ShortLength)] string? Name,
        int? EventId,
        DateOnly? Date,
        [property: StringLength(Contact.TextLength)] string? TheyOffer,
        [property: StringLength(Contact.TextLength)] string? TheyNeed,
        [property: StringLength(Contact.TextLength)] string? TalkedAbout,
        [property: StringLength(Contact.NoteLength)] string? Note);

    /// <summary>A logged encounter and the contact it belongs to.</summary>
    public sealed record EncounterDocument(int Id, int ContactId, DateOnly Date, int? EventId, string TheyOffer, string TheyNeed, string TalkedAbout, string Note)
    {
        public static EncounterDocument From(Encounter e) => new(e.Id, e.ContactId, e.Date, e.EventId, e.TheyOffer, e.TheyNeed, e.TalkedAbout, e.Note);
    }

    /// <summary>My notes on a contact; <see cref="Version"/> as read, or null to overwrite.</summary>
    public sealed record ContactUpdate(
        [property: StringLength(Contact.ShortLength)] string? Name,
        [property: StringLength(Contact.ShortLength)] string? PhoneticName,
        [property: StringLength(Contact.ShortLength)] string? Organization,
        [property: StringLength(Contact.ShortLength)] string? Role,
        [property: MaxLength(20)] IReadOnlyList<string>? Emails,
        [property: MaxLength(20)] IReadOnlyList<string>? Phones,
        [property: StringLength(Contact.TextLength)] string? TheyOffer,
        [property: StringLength(Contact.TextLength)] string? TheyNeed,
        [property: StringLength(Contact.TextLength)] string? Interests,
        [property: StringLength(Contact.NoteLength)] string? Note,
        int? MetAtEventId,
        int? MetThroughContactId,
        [property: Range(0, 3650)] int? FollowUpDays,
        int? Version);

    /// <summary>A contact as its owner reads it.</summary>
    public sealed record ContactDocument(
        int Id, int? PersonId, string Name, string PhoneticName, string Organization, string Role,
        IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, string TheyOffer, string TheyNeed, string Interests, string Note,
        int? MetAtEventId, string? MetAtEventTitle, int? MetThroughContactId, string? MetThroughName,
        int? FollowUpDays, DateOnly? LastInteraction, DateOnly? FollowUpDue, int Version,
        SharedProfile? Profile, IReadOnlyList<EncounterView> Encounters)
    {
        public static ContactDocument From(ContactDetails c)
        {
            var f = c.Fields;
            return new(
                c.Id, c.PersonId, f.Name ?? "", f.PhoneticName ?? "", f.Organization ?? "", f.Role ?? "", f.Emails ?? [], f.Phones ?? [],
                f.TheyOffer ?? "", f.TheyNeed ?? "", f.Interests ?? "", f.Note ?? "", f.MetAtEventId, c.MetAtEventTitle, f.MetThroughContactId, c.MetThroughName,
                f.FollowUpDays, c.LastInteraction, c.FollowUpDue, c.Version, c.Profile, c.Encounters);
        }
    }

    /// <summary>How I could help one person, each suggestion with its reason in plain words.</summary>
    public sealed record HelpDocument(IReadOnlyList<HelpPerson> People, IReadOnlyList<HelpEvent> Events, IReadOnlyList<string> Starters, string? LastTalkedAbout)
    {
        public static HelpDocument From(HelpSuggestions help, Because because) => new(
            [.. help.People.Select(p => new HelpPerson(p.PersonId, p.ContactId, p.Name, p.Reasons, because.Person(p, help.Name)))],
            [.. help.Events.Select(e => new HelpEvent(e.EventId, e.Title, e.Date, e.Reasons, because.Event(e, help.Name)))],
            help.Starters,
            help.LastTalkedAbout);
    }

    /// <summary>Someone to introduce.</summary>
    public sealed record HelpPerson(int? PersonId, int? ContactId, string Name, IReadOnlyList<string> Reasons, string Because);

    /// <summary>An event to invite them to.</summary>
    public sealed record HelpEvent(int EventId, string Title, DateOnly Date, IReadOnlyList<string> Reasons, string Because);
}
