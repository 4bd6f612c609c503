using Incidents.Domain.Incidents;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(Incident.TitleMaxLength).IsRequired();
        builder.Property(i => i.TitleTranslations).AsTranslations();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Impact).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.ExternalId).HasMaxLength(Incident.ExternalIdMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder
            .PrimitiveCollection(i => i.AffectedComponentIds)
            .HasField("_affectedComponentIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder
            .HasMany(i => i.Updates)
            .WithOne()
            .HasForeignKey(u => u.IncidentId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .Navigation(i => i.Updates)
            .HasField("_updates")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(i => i.PageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.PageId, i.CreatedAt });
        builder.HasIndex(i => new { i.PageId, i.Status });
        builder.Property(i => i.PostmortemDraft).HasMaxLength(Incident.PostmortemMaxLength);
        builder.Property(i => i.PostmortemPublished).HasMaxLength(Incident.PostmortemMaxLength);
        builder.Ignore(i => i.IsResolved);
        builder.Ignore(i => i.IsDeleted);
        builder.Ignore(i => i.DomainEvents);
    }
}
