using Microsoft.Extensions.Configuration;

namespace Goen.Data.Mail;

/// <summary>
/// The SMTP server outbox mail goes to, from <c>Goen:Smtp:*</c>. Without <see cref="Host"/> mail goes to
/// the pickup folder instead (<see cref="MailOptions.PickupFolder"/>).
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section: <c>Goen:Smtp</c>.</summary>
    public const string Section = "Goen:Smtp";

    /// <summary>Gets or sets the server's host name; empty means "no SMTP, use the pickup folder".</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Gets or sets whether the connection is encrypted: TLS from the start on port 465, STARTTLS on any other port.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>Gets or sets the user to authenticate as; empty means no authentication.</summary>
    public string? User { get; set; }

    /// <summary>Gets or sets the password; meant to come from the environment (<c>Goen__Smtp__Password</c>), not from a file.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the sender of every mail, as <c>Name &lt;address&gt;</c> or a bare address.</summary>
    public string From { get; set; } = "Goen <goen@localhost>";

    /// <summary>Reads <c>Goen:Smtp:*</c>.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The settings, with defaults for what is not set.</returns>
    public static SmtpOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(Section).Get<SmtpOptions>() ?? new();
    }
}
