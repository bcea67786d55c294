using Goen.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class GoenUserConfiguration : IEntityTypeConfiguration<GoenUser>
{
    public void Configure(EntityTypeBuilder<GoenUser> builder)
    {
        builder.Property(u => u.CalendarToken).HasMaxLength(64);
        builder.Property(u => u.CardCode).HasMaxLength(64);
        builder.Property(u => u.Culture).HasMaxLength(10);
        builder.HasIndex(u => u.CalendarToken).IsUnique();
        builder.HasIndex(u => u.CardCode).IsUnique();
    }
}
