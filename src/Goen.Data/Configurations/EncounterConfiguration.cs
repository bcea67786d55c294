using Goen.Data.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class EncounterConfiguration : IEntityTypeConfiguration<Encounter>
{
    public void Configure(EntityTypeBuilder<Encounter> builder)
    {
        builder.Property(e => e.TheyOffer).HasMaxLength(Contact.TextLength);
        builder.Property(e => e.TheyNeed).HasMaxLength(Contact.TextLength);
        builder.Property(e => e.TalkedAbout).HasMaxLength(Contact.TextLength);
        builder.Property(e => e.Note).HasMaxLength(Contact.NoteLength);
        builder.HasOne(e => e.Contact).WithMany(c => c.Encounters).HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Event).WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.SetNull);
    }
}
