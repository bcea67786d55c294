using Goen.Data.Introductions;
using Goen.Data.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.Property(i => i.IntroducerName).HasMaxLength(Contact.ShortLength);
        builder.Property(i => i.LinkBase).HasMaxLength(500);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.Outcome);
        builder.HasOne(i => i.Introducer).WithMany().HasForeignKey(i => i.IntroducerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Event).WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Sides).WithOne(s => s.Introduction).HasForeignKey(s => s.IntroductionId).OnDelete(DeleteBehavior.Cascade);

        // The reminder job's query: open asks by deadline.
        builder.HasIndex(i => new { i.State, i.ExpiresAt });
    }
}
