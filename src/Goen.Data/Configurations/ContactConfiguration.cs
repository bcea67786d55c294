using Goen.Data.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Contact.ShortLength);
        builder.Property(c => c.PhoneticName).HasMaxLength(Contact.ShortLength);
        builder.Property(c => c.Organization).HasMaxLength(Contact.ShortLength);
        builder.Property(c => c.Role).HasMaxLength(Contact.ShortLength);
        builder.Property(c => c.Emails).HasMaxLength(Contact.ListLength);
        builder.Property(c => c.Phones).HasMaxLength(Contact.ListLength);
        builder.Property(c => c.TheyOffer).HasMaxLength(Contact.TextLength);
        builder.Property(c => c.TheyNeed).HasMaxLength(Contact.TextLength);
        builder.Property(c => c.Interests).HasMaxLength(Contact.TextLength);
        builder.Property(c => c.Note).HasMaxLength(Contact.NoteLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerUserId).OnDelete(DeleteBehavior.Cascade);

        // When a linked person deletes their account, the contact stays the owner's, as typed-in.
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.MetAtEvent).WithMany().HasForeignKey(c => c.MetAtEventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.MetThroughContact).WithMany().HasForeignKey(c => c.MetThroughContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.OwnerUserId, c.PersonId });
    }
}
