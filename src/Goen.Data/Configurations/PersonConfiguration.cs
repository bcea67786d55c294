using Goen.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Person.ShortLength);
        builder.Property(p => p.Organization).HasMaxLength(Person.ShortLength);
        builder.Property(p => p.Role).HasMaxLength(Person.ShortLength);
        builder.Property(p => p.Languages).HasMaxLength(Person.ShortLength);
        builder.Property(p => p.Email).HasMaxLength(Person.ShortLength);
        builder.Property(p => p.Offers).HasMaxLength(Person.TextLength);
        builder.Property(p => p.Needs).HasMaxLength(Person.TextLength);
        builder.Property(p => p.Interests).HasMaxLength(Person.TextLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.User).WithOne().HasForeignKey<Person>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.HasIndex(p => p.ManagedByUserId);
    }
}
