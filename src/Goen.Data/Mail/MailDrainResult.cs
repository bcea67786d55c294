namespace Goen.Data.Mail;

/// <summary>What one drain of the outbox did.</summary>
/// <param name="Sent">Mails handed to the SMTP server or the pickup folder.</param>
/// <param name="Failed">Mails whose attempt failed; they wait for a later try, or were given up.</param>
/// <param name="GaveUp">Of <paramref name="Failed"/>, mails that reached the last attempt and are marked failed.</param>
/// <param name="Waiting">Mails still to send afterwards: due later, or claimed by another sender.</param>
/// <param name="LastError">The last failure's message, or empty.</param>
public sealed record MailDrainResult(int Sent, int Failed, int GaveUp, int Waiting, string LastError);
