using Incidents.Domain.Maintenances;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class MaintenanceConfiguration : IEntityTypeConfiguration<Maintenance>
{
    public void Configure(EntityTypeBuilder<Maintenance> builder)
    {
        builder.ToTable("Maintenances");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Title).HasMaxLength(Maintenance.TitleMaxLength).IsRequired();
        builder.Property(m => m.TitleTranslations).AsTranslations();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder
            .PrimitiveCollection(m => m.AffectedComponentIds)
            .HasField("_affectedComponentIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder
            .HasMany(m => m.Updates)
            .WithOne()
            .HasForeignKey(u => u.MaintenanceId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .Navigation(m => m.Updates)
            .HasField("_updates")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(m => m.PageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<MaintenanceSeries>()
            .WithMany()
            .HasForeignKey(m => m.SeriesId)
            .OnDelete(DeleteBehavior.NoAction);
        // The scheduler's only query: due rows across all pages, earliest first.
        builder.HasIndex(m => m.NextDueAt);
        builder.HasIndex(m => new
        {
            m.PageId,
            m.Status,
            m.ScheduledFor,
        });
        builder.HasIndex(m => new { m.PageId, m.SeriesId });
        builder.Ignore(m => m.IsActive);
        builder.Ignore(m => m.IsFinished);
        builder.Ignore(m => m.DomainEvents);
    }
}
