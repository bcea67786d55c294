using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Goen.Data.Mail;

/// <summary>Sends through an SMTP server with MailKit, one connection per message.</summary>
/// <remarks>
/// A connection per message keeps a failure to one mail and needs no reconnect logic; outbox volumes (an
/// introduction, a reminder) are small enough that the extra handshakes do not matter.
/// </remarks>
public sealed class SmtpMailSender(SmtpOptions options) : IMailSender
{
    /// <summary>The limit on each SMTP step; a whole send (about seven steps) stays inside half of <see cref="MailDrain.Lease"/>.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var security = !options.UseTls ? SecureSocketOptions.None
            : options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        var host = string.IsNullOrWhiteSpace(options.Host) ? throw new InvalidOperationException("Goen:Smtp:Host is not set.") : options.Host;
        await client.ConnectAsync(host, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException)
        {
            // The server has accepted the message; a failed goodbye must not make it look unsent (and so sent twice).
        }
    }
}
