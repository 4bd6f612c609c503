using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class IncidentUpdateConfiguration : IEntityTypeConfiguration<IncidentUpdate>
{
    public void Configure(EntityTypeBuilder<IncidentUpdate> builder)
    {
        builder.ToTable("IncidentUpdates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(32);
        builder
            .Property(u => u.Description)
            .HasMaxLength(Incident.DescriptionMaxLength)
            .IsRequired();
        builder.Property(u => u.Translations).AsTranslations();
        builder.HasIndex(u => new { u.IncidentId, u.CreatedAt });
        builder.Ignore(u => u.ShownAt);
    }
}
