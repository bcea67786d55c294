using Goen.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(100);
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMail.AddressLength);
        builder.Property(m => m.ToName).HasMaxLength(Network.Contact.ShortLength);
        builder.Property(m => m.Culture).HasMaxLength(10);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMail.SubjectLength);
        builder.Property(m => m.TextBody).HasMaxLength(OutboxMail.BodyLength);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.ClaimedBy).HasMaxLength(200);

        // The worker's query: unsent, not given up, due.
        builder.HasIndex(m => new { m.SentAt, m.FailedAt, m.DueAt });
    }
}
