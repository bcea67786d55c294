using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(Event.TitleLength);
        builder.Property(e => e.Place).HasMaxLength(Event.PlaceLength);
        builder.Property(e => e.Description).HasMaxLength(Event.DescriptionLength);
        builder.Property(e => e.Tags).HasMaxLength(Event.TagsLength);
        builder.Property(e => e.RegistrationCode).HasMaxLength(64);
        builder.Property(e => e.ImportMapping).HasMaxLength(20000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.RegistrationCode).IsUnique();
        builder.HasIndex(e => e.OrganizerId);
        builder.HasOne(e => e.Organizer).WithMany().HasForeignKey(e => e.OrganizerId).OnDelete(DeleteBehavior.Cascade);
    }
}
