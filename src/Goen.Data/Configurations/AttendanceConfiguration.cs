using Goen.Data.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.Property(a => a.ImportKey).HasMaxLength(Attendance.KeyLength);
        builder.Property(a => a.ReceptionNumber).HasMaxLength(200);
        builder.HasOne(a => a.Event).WithMany(e => e.Attendances).HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Person).WithMany(p => p.Attendances).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.EventId, a.PersonId }).IsUnique();

        // A re-import finds the row by its key; two rows with one key in one event would be a duplicate person.
        builder.HasIndex(a => new { a.EventId, a.ImportKey }).IsUnique();
    }
}
