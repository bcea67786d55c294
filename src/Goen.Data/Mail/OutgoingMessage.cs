using System.Text;
using MimeKit;
using MimeKit.Text;

namespace Goen.Data.Mail;

/// <summary>Turns an outbox row into the message every sender sends, so SMTP and the pickup folder send the same bytes.</summary>
public static class OutgoingMessage
{
    /// <summary>Builds the message: From, To, Subject, a UTF-8 plain-text body, the row's Message-ID and its language.</summary>
    /// <param name="mail">The outbox row.</param>
    /// <param name="from">The sender (<see cref="SmtpOptions.From"/>).</param>
    /// <returns>A new message.</returns>
    /// <exception cref="ParseException"><paramref name="from"/> is not a mail address.</exception>
    public static MimeMessage Create(OutboxMail mail, string from)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var body = new TextPart(TextFormat.Plain);
        body.SetText(Encoding.UTF8, mail.TextBody);

        // Seven-bit safe (base64 or quoted-printable for Japanese), so no relay on the way has to re-encode it.
        body.ContentTransferEncoding = body.GetBestEncoding(EncodingConstraint.SevenBit);
        body.Headers.Add(HeaderId.ContentLanguage, mail.Culture);
        var message = new MimeMessage
        {
            Subject = mail.Subject,

            // Fixed when queued: a resend after a crash carries the same ID, so a mailbox can tell it is one mail.
            MessageId = mail.MessageId,
            Date = mail.CreatedAt,
            Body = body,
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        return message;
    }
}
