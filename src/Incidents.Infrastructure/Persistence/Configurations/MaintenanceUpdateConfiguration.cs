using Incidents.Domain.Maintenances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class MaintenanceUpdateConfiguration : IEntityTypeConfiguration<MaintenanceUpdate>
{
    public void Configure(EntityTypeBuilder<MaintenanceUpdate> builder)
    {
        builder.ToTable("MaintenanceUpdates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(32);
        builder
            .Property(u => u.Description)
            .HasMaxLength(Maintenance.DescriptionMaxLength)
            .IsRequired();
        builder.Property(u => u.Translations).AsTranslations();
        builder.HasIndex(u => new { u.MaintenanceId, u.CreatedAt });
    }
}
