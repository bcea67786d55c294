using Goen.Core.Contacts;
using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;

namespace Goen.Data.Network;

/// <summary>
/// Importing contacts from a .vcf: upload (kept as a draft, nothing else saved), preview what would be added
/// and merged, then confirm in one transaction. Re-importing the same file, or an overlapping one, merges
/// into the contacts already there instead of adding them again (e-mail, phone, or name plus organization).
/// </summary>
public static class ContactImport
{
    /// <summary>The largest .vcf accepted.</summary>
    public const int MaxBytes = 6 * 1024 * 1024;

    /// <summary>Reads an uploaded .vcf and keeps it as a draft; a file that is not a vCard is refused and nothing is kept.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="fileName">The uploaded file's name.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The preview.</returns>
    /// <exception cref="VCardFormatException">The file is not a vCard file (the message says why, in the UI language).</exception>
    public static async Task<ContactImportPreview> UploadAsync(GoenDbContext db, string userId, string fileName, byte[] content, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(clock);
        var file = VCardReader.Read(content);
        var now = clock.GetUtcNow();

        // One waiting upload per person, and none older than a day: drafts cannot pile up.
        await Drafts.PurgeExpiredAsync(db, now, cancellationToken);
        await db.ContactImportDrafts.Where(d => d.OwnerUserId == userId).ExecuteDeleteAsync(cancellationToken);
        var draft = new ContactImportDraft { Id = Guid.NewGuid(), OwnerUserId = userId, FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 200 } name ? name : "contacts.vcf", Content = content, CreatedAt = now };
        db.ContactImportDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return (await PlanAsync(db, userId, draft, file, cancellationToken)).Preview;
    }

    /// <summary>Shows a waiting draft's preview again.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="draftId">The draft.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The preview, or <see langword="null"/> when the user has no such draft (already imported, expired, or someone else's).</returns>
    public static async Task<ContactImportPreview?> PreviewAsync(GoenDbContext db, string userId, Guid draftId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var draft = await db.ContactImportDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId && d.OwnerUserId == userId, cancellationToken);
        return draft is null ? null : (await PlanAsync(db, userId, draft, VCardReader.Read(draft.Content), cancellationToken)).Preview;
    }

    /// <summary>Imports a draft: adds the new contacts and merges the others, in one <c>SaveChanges</c>, and drops the draft.</summary>
    /// <param name="db">The database.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="draftId">The draft.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many were added and merged, or <see langword="null"/> when there is no such draft (a second click finds it gone).</returns>
    public static async Task<(int Added, int Merged)?> ConfirmAsync(GoenDbContext db, string userId, Guid draftId, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var draft = await db.ContactImportDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.OwnerUserId == userId, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var (preview, existing) = await PlanAsync(db, userId, draft, VCardReader.Read(draft.Content), cancellationToken, track: true);
        var now = clock.GetUtcNow();
        foreach (var merge in preview.Merged)
        {
            var contact = existing[merge.ExistingId];
            MergeInto(contact, ToFields(merge.Incoming));
            contact.UpdatedAt = now;
        }

        foreach (var card in preview.New)
        {
            var contact = new Contact { OwnerUserId = userId, CreatedAt = now, UpdatedAt = now };
            ToFields(card).ApplyTo(contact);
            Fit(contact);
            db.Contacts.Add(contact);
        }

        db.ContactImportDrafts.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return (preview.New.Count, preview.Merged.Count);
    }

    /// <summary>Merges what is known of one contact into another: empty fields are filled, lists joined, notes kept both.</summary>
    /// <param name="target">The contact kept.</param>
    /// <param name="incoming">What else is known.</param>
    public static void MergeInto(Contact target, ContactFields incoming)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(incoming);
        var mine = ContactFields.Of(target);
        new ContactFields(
            Fill(mine.Name, incoming.Name),
            Fill(mine.PhoneticName, incoming.PhoneticName),
            Fill(mine.Organization, incoming.Organization),
            Fill(mine.Role, incoming.Role),
            [.. mine.Emails ?? [], .. incoming.Emails ?? []],
            [.. mine.Phones ?? [], .. incoming.Phones ?? []],
            Both(mine.TheyOffer, incoming.TheyOffer),
            Both(mine.TheyNeed, incoming.TheyNeed),
            Both(mine.Interests, incoming.Interests),
            Both(mine.Note, incoming.Note),
            mine.MetAtEventId ?? incoming.MetAtEventId,
            mine.MetThroughContactId ?? incoming.MetThroughContactId,
            mine.FollowUpDays ?? incoming.FollowUpDays).ApplyTo(target);
        Fit(target);
    }

    /// <summary>A card as a contact's fields.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The fields.</returns>
    public static ContactFields ToFields(VCardContact card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var phonetic = string.Join(' ', new[] { card.PhoneticFamilyName, card.PhoneticGivenName }.Where(p => p.Length > 0));
        return new ContactFields(card.FormattedName, phonetic, card.Organization, card.Title, card.Emails, card.Phones, null, null, null, card.Note, null, null, null);
    }

    /// <summary>A contact as a card.</summary>
    /// <param name="contact">The contact (for a linked contact, its stored name).</param>
    /// <returns>The card.</returns>
    public static VCardContact ToCard(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var phonetic = contact.PhoneticName.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var note = string.Join("\n\n", new[] { contact.TheyOffer, contact.TheyNeed, contact.Note }.Where(n => n.Length > 0));
        return new VCardContact(
            contact.Name, "", "", phonetic.ElementAtOrDefault(0) ?? "", phonetic.ElementAtOrDefault(1) ?? "", contact.Organization, contact.Role,
            ContactFields.Lines(contact.Emails), ContactFields.Lines(contact.Phones), note, "", $"urn:goen:contact:{contact.Id}");
    }

    private static async Task<(ContactImportPreview Preview, Dictionary<int, Contact> Existing)> PlanAsync(GoenDbContext db, string userId, ContactImportDraft draft, VCardFile file, CancellationToken cancellationToken, bool track = false)
    {
        var query = db.Contacts.OwnedBy(userId);
        var existing = await (track ? query : query.AsNoTracking()).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var index = new ContactMatchIndex(existing.Select(Identity));
        var incomingAt = new Dictionary<int, int>();
        var added = new List<VCardContact>();
        var merged = new List<ContactMerge>();
        foreach (var card in file.Contacts)
        {
            var identity = new ContactIdentity(card.FormattedName, card.Organization, card.Emails, card.Phones);
            switch (index.Find(identity))
            {
                case { } at when at < existing.Count:
                    merged.Add(new ContactMerge(existing[at].Id, existing[at].Name, existing[at].Organization, card));
                    index.Remember(at, identity);
                    break;
                case { } at:
                    // The same person twice in one file: one new contact with both cards' details.
                    var first = incomingAt[at];
                    added[first] = Combine(added[first], card);
                    index.Remember(at, identity);
                    break;
                default:
                    incomingAt[index.Add(identity)] = added.Count;
                    added.Add(card);
                    break;
            }
        }

        return (new ContactImportPreview(draft.Id, draft.FileName, added, merged, file.Problems), existing.ToDictionary(c => c.Id));
    }

    private static ContactIdentity Identity(Contact c) => new(c.Name, c.Organization, ContactFields.Lines(c.Emails), ContactFields.Lines(c.Phones));

    private static VCardContact Combine(VCardContact a, VCardContact b) => a with
    {
        Organization = a.Organization.Length > 0 ? a.Organization : b.Organization,
        Title = a.Title.Length > 0 ? a.Title : b.Title,
        PhoneticFamilyName = a.PhoneticFamilyName.Length > 0 ? a.PhoneticFamilyName : b.PhoneticFamilyName,
        PhoneticGivenName = a.PhoneticGivenName.Length > 0 ? a.PhoneticGivenName : b.PhoneticGivenName,
        Emails = [.. a.Emails.Concat(b.Emails).Distinct(StringComparer.OrdinalIgnoreCase)],
        Phones = [.. a.Phones.Concat(b.Phones).Distinct(StringComparer.Ordinal)],
        Note = Both(a.Note, b.Note) ?? "",
    };

    private static string? Fill(string? mine, string? theirs) => string.IsNullOrWhiteSpace(mine) ? theirs : mine;

    private static string? Both(string? mine, string? theirs) =>
        string.IsNullOrWhiteSpace(theirs) || (mine ?? "").Contains(theirs.Trim(), StringComparison.Ordinal) ? mine
        : string.IsNullOrWhiteSpace(mine) ? theirs
        : mine.TrimEnd() + "\n" + theirs.Trim();

    // A card can carry more than a contact keeps (a 10,000-character note); keep what fits rather than refuse the file.
    private static void Fit(Contact c)
    {
        c.Name = Cut(c.Name, Contact.ShortLength);
        c.PhoneticName = Cut(c.PhoneticName, Contact.ShortLength);
        c.Organization = Cut(c.Organization, Contact.ShortLength);
        c.Role = Cut(c.Role, Contact.ShortLength);
        c.Emails = CutList(c.Emails);
        c.Phones = CutList(c.Phones);
        c.TheyOffer = Cut(c.TheyOffer, Contact.TextLength);
        c.TheyNeed = Cut(c.TheyNeed, Contact.TextLength);
        c.Interests = Cut(c.Interests, Contact.TextLength);
        c.Note = Cut(c.Note, Contact.NoteLength);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private static string CutList(string lines)
    {
        while (lines.Length > Contact.ListLength && lines.LastIndexOf('\n') is var at and > 0)
        {
            lines = lines[..at];
        }

        return Cut(lines, Contact.ListLength);
    }
}
