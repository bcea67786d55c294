namespace Goen.Data.Mail;

/// <summary>Puts mail in the outbox. The caller saves it with the change that causes it, in one <c>SaveChanges</c>.</summary>
public static class MailOutbox
{
    /// <summary>Adds a mail to the context's outbox, due now; nothing is saved yet.</summary>
    /// <param name="db">The context the causing change is saved in.</param>
    /// <param name="mail">The mail's kind, recipient, language, subject and body.</param>
    /// <param name="now">The time now.</param>
    /// <returns>The queued row.</returns>
    public static OutboxMail Queue(GoenDbContext db, MailMessageDraft mail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mail);
        var row = new OutboxMail
        {
            Kind = mail.Kind,
            ToAddress = mail.ToAddress.Trim(),
            ToName = Truncate(mail.ToName, Network.Contact.ShortLength),
            Culture = mail.Culture,
            Subject = Truncate(mail.Subject, OutboxMail.SubjectLength),
            TextBody = Truncate(mail.TextBody, OutboxMail.BodyLength),
            MessageId = $"{Guid.NewGuid():N}@goen",
            CreatedAt = now,
            DueAt = now,
        };
        db.OutboxMails.Add(row);
        return row;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
