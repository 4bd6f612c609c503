using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(16).IsRequired();
        builder.Property(k => k.Hash).HasMaxLength(64).IsRequired();
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasIndex(k => k.PageId);
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(k => k.PageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(k => k.IsRevoked);
        builder.Ignore(k => k.DomainEvents);
    }
}
