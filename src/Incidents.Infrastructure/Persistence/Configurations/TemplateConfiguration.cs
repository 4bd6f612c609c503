using Incidents.Domain.Pages;
using Incidents.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class TemplateConfiguration : IEntityTypeConfiguration<Template>
{
    public void Configure(EntityTypeBuilder<Template> builder)
    {
        builder.ToTable("Templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(Template.NameMaxLength).IsRequired();
        builder.Property(t => t.Group).HasMaxLength(Template.GroupMaxLength);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Title).HasMaxLength(Template.TitleMaxLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Impact).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder
            .PrimitiveCollection(t => t.AffectedComponentIds)
            .HasField("_affectedComponentIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(t => new { t.PageId, t.Name }).IsUnique();
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(t => t.PageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.DomainEvents);
    }
}
