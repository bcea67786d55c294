using Goen.Data.Accounts;
using Goen.Data.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class ContactImportDraftConfiguration : IEntityTypeConfiguration<ContactImportDraft>
{
    public void Configure(EntityTypeBuilder<ContactImportDraft> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(260);
        builder.HasOne<GoenUser>().WithMany().HasForeignKey(d => d.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.CreatedAt);
    }
}
