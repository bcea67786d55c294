namespace Goen.Data.Network;

/// <summary>An uploaded .vcf between its preview and its confirmation, kept in the database so any instance can confirm it.</summary>
public sealed class ContactImportDraft
{
    public Guid Id { get; set; }

    public string OwnerUserId { get; set; } = "";

    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
