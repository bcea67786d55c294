using Goen.Data.Seating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Goen.Data.Configurations;

internal sealed class EventPlanConfiguration : IEntityTypeConfiguration<EventPlan>
{
    public void Configure(EntityTypeBuilder<EventPlan> builder)
    {
        builder.Property(p => p.RequestJson).HasMaxLength(20000);
        builder.Property(p => p.Error).HasMaxLength(EventPlan.ErrorLength);
        builder.Property(p => p.ClaimedBy).HasMaxLength(200);

        // Two re-plans of one plan: the second to save finds the version moved on and is told so.
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Event).WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.EventId, p.Id });

        // The workers' query: running jobs nobody holds.
        builder.HasIndex(p => new { p.State, p.ClaimedUntil });
    }
}
