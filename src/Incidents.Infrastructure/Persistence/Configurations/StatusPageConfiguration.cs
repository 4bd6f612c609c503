using Incidents.Domain.Common;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class StatusPageConfiguration : IEntityTypeConfiguration<StatusPage>
{
    public void Configure(EntityTypeBuilder<StatusPage> builder)
    {
        builder.ToTable("StatusPages");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Slug).HasMaxLength(StatusPage.SlugMaxLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(StatusPage.NameMaxLength).IsRequired();
        // Pages that existed before time zones get UTC, which is what they showed.
        builder
            .Property(p => p.TimeZone)
            .HasMaxLength(StatusPage.TimeZoneMaxLength)
            .IsRequired()
            .HasDefaultValue(StatusPage.DefaultTimeZone);
        // Pages that existed before languages get English, which is what they showed.
        builder
            .Property(p => p.DefaultLanguage)
            .HasMaxLength(Languages.CodeMaxLength)
            .IsRequired()
            .HasDefaultValue(Languages.Default);
        builder.HasIndex(p => p.Slug).IsUnique();
        // The hostname is the key: the database itself refuses one hostname on two pages.
        builder.OwnsMany(
            p => p.Hostnames,
            hostnames =>
            {
                hostnames.ToTable("PageHostnames");
                hostnames.WithOwner().HasForeignKey("PageId");
                hostnames.Property(h => h.Name).HasMaxLength(PageHostname.MaxLength);
                hostnames.HasKey(h => h.Name);
            }
        );
        builder.Navigation(p => p.Hostnames).HasField("_hostnames");
        PageBrandingMapping.Configure(builder);
        builder.Ignore(p => p.DomainEvents);
    }
}
