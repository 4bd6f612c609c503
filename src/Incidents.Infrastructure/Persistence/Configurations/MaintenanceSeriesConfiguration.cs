using Incidents.Domain.Maintenances;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class MaintenanceSeriesConfiguration : IEntityTypeConfiguration<MaintenanceSeries>
{
    public void Configure(EntityTypeBuilder<MaintenanceSeries> builder)
    {
        builder.ToTable("MaintenanceSeries");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Rule).HasMaxLength(Recurrence.RuleMaxLength).IsRequired();
        builder.Property(s => s.TimeZone).HasMaxLength(Recurrence.TimeZoneMaxLength).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(Maintenance.TitleMaxLength).IsRequired();
        builder
            .Property(s => s.Description)
            .HasMaxLength(Maintenance.DescriptionMaxLength)
            .IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder
            .PrimitiveCollection(s => s.AffectedComponentIds)
            .HasField("_affectedComponentIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(s => s.PageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.IsEnded);
        builder.Ignore(s => s.Recurrence);
        builder.Ignore(s => s.DomainEvents);
    }
}
