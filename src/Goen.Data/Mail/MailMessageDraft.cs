namespace Goen.Data.Mail;

/// <summary>A mail to queue: what it is for, to whom, in which language, and what it says.</summary>
/// <param name="Kind">What the mail is for, such as <c>introduction.ask</c>.</param>
/// <param name="ToAddress">The recipient's address.</param>
/// <param name="ToName">The recipient's name.</param>
/// <param name="Culture">The language it is written in: <c>en</c> or <c>ja</c>.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body; links in it are absolute.</param>
public sealed record MailMessageDraft(string Kind, string ToAddress, string ToName, string Culture, string Subject, string TextBody);
