using Goen.Data.Accounts;
using Goen.Data.Introductions;
using Goen.Data.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class IntroductionSideConfiguration : IEntityTypeConfiguration<IntroductionSide>
{
    public void Configure(EntityTypeBuilder<IntroductionSide> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Contact.ShortLength);
        builder.Property(s => s.Email).HasMaxLength(320);
        builder.Property(s => s.Culture).HasMaxLength(10);
        builder.Property(s => s.Note).HasMaxLength(Introduction.NoteLength);
        builder.Property(s => s.LinkNonce).HasMaxLength(64);
        builder.Property(s => s.SharedEmail).HasMaxLength(320);
        builder.Property(s => s.SharedReach).HasMaxLength(Contact.ShortLength);
        builder.Property(s => s.Thanks).HasMaxLength(Introduction.NoteLength);
        builder.Ignore(s => s.Letter);
        builder.HasIndex(s => new { s.IntroductionId, s.Position }).IsUnique();
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Contact).WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<GoenUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
