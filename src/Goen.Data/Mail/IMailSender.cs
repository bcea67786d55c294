using MimeKit;

namespace Goen.Data.Mail;

/// <summary>
/// Where an outbox mail goes: an SMTP server (<see cref="SmtpMailSender"/>) or a folder of <c>.eml</c> files
/// (<see cref="PickupFolderMailSender"/>), chosen by <see cref="Create"/>.
/// </summary>
public interface IMailSender
{
    /// <summary>Hands one message over; returns only once it has been accepted.</summary>
    /// <param name="message">The message, built by <see cref="OutgoingMessage.Create"/>.</param>
    /// <param name="cancellationToken">Cancels the hand-over.</param>
    /// <returns>A task that completes when the message was accepted.</returns>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);

    /// <summary>The SMTP sender when <see cref="SmtpOptions.Host"/> is set, else the pickup folder, so the embedded default works offline.</summary>
    /// <param name="smtp">The SMTP settings.</param>
    /// <param name="mail">The pickup folder and worker settings.</param>
    /// <returns>The sender.</returns>
    static IMailSender Create(SmtpOptions smtp, MailOptions mail)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(mail);
        return string.IsNullOrWhiteSpace(smtp.Host) ? new PickupFolderMailSender(mail.PickupFolder) : new SmtpMailSender(smtp);
    }
}
