namespace Goen.Data.Events;

/// <summary>
/// An uploaded attendee file between upload and confirmation. Kept in the database, not in the web
/// server's memory, so any instance can show the preview and run the import.
/// </summary>
public sealed class ImportDraft
{
    public Guid Id { get; set; }

    public int EventId { get; set; }

    public string UserId { get; set; } = "";

    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
