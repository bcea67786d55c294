using Microsoft.Extensions.Configuration;

namespace Goen.Data.Mail;

/// <summary>Where mail goes without an SMTP server, and how often the web app's worker looks for mail to send, from <c>Goen:Mail:*</c>.</summary>
public sealed class MailOptions
{
    /// <summary>The configuration section: <c>Goen:Mail</c>.</summary>
    public const string Section = "Goen:Mail";

    /// <summary>Gets the pickup folder used when none is configured: <c>mail/</c> beside the embedded SQLite file.</summary>
    public static string DefaultPickupFolder => Path.Combine(Path.GetDirectoryName(GoenDatabase.DefaultSqlitePath)!, "mail");

    /// <summary>Gets or sets the folder that receives one <c>.eml</c> file per mail when no SMTP host is set.</summary>
    public string PickupFolder { get; set; } = DefaultPickupFolder;

    /// <summary>Gets or sets how many seconds the web app's worker waits between looks at the outbox.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Reads <c>Goen:Mail:*</c>.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The settings, with defaults for what is not set.</returns>
    public static MailOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(Section).Get<MailOptions>() ?? new();
    }
}
