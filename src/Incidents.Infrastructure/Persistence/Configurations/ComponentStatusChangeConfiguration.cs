using Incidents.Domain.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class ComponentStatusChangeConfiguration
    : IEntityTypeConfiguration<ComponentStatusChange>
{
    public void Configure(EntityTypeBuilder<ComponentStatusChange> builder)
    {
        builder.ToTable("ComponentStatusChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder
            .HasOne<Component>()
            .WithMany()
            .HasForeignKey(c => c.ComponentId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ComponentId, c.ChangedAt });
        builder.HasIndex(c => new { c.PageId, c.ChangedAt });
        // No foreign key: the row outlives nothing it names, and a delete finds its rows by it.
        builder.HasIndex(c => c.CausedByIncidentId);
    }
}
