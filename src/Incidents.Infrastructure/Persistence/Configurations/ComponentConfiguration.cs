using Incidents.Domain.Components;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class ComponentConfiguration : IEntityTypeConfiguration<Component>
{
    public void Configure(EntityTypeBuilder<Component> builder)
    {
        builder.ToTable("Components");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Component.NameMaxLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(Component.DescriptionMaxLength);
        builder.Property(c => c.Group).HasMaxLength(Component.GroupMaxLength);
        builder.Property(c => c.ExternalId).HasMaxLength(Component.ExternalIdMaxLength);
        builder.Property(c => c.ManualStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.IncidentStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.PageId, c.Name }).IsUnique();
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(c => c.PageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.DomainEvents);
    }
}
