using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class ComponentStatusIntervalConfiguration
    : IEntityTypeConfiguration<ComponentStatusInterval>
{
    public void Configure(EntityTypeBuilder<ComponentStatusInterval> builder)
    {
        builder.ToTable("ComponentStatusIntervals");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        // No foreign key to the component: SQL Server refuses two cascade paths from the page
        // (page → component → interval and page → incident → interval); a deleted component's
        // intervals are never read, since only listed components are drawn.
        // Deleting the backfilled incident takes its intervals with it.
        builder
            .HasOne<Incident>()
            .WithMany()
            .HasForeignKey(i => i.IncidentId)
            .OnDelete(DeleteBehavior.Cascade);
        // The 90-day read: the page's intervals that end inside the window.
        builder.HasIndex(i => new { i.PageId, i.To });
    }
}
