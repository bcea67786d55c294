using MimeKit;

namespace Goen.Data.Mail;

/// <summary>
/// Writes each message as <c>&lt;Message-ID&gt;.eml</c> into a folder, for a laptop without an SMTP server or
/// for a local mail server's pickup directory. Writing one message twice replaces the file: never two copies.
/// </summary>
public sealed class PickupFolderMailSender(string folder) : IMailSender
{
    /// <summary>Gets the folder the files go to.</summary>
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        var path = Path.Combine(Folder, name + ".eml");

        // Written aside, then renamed: whoever reads the folder never sees half a message.
        var partial = Path.Combine(Folder, $".{name}.{Guid.NewGuid():N}.tmp");
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        try
        {
            await using (var file = File.Create(partial))
            {
                await message.WriteToAsync(format, file, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
