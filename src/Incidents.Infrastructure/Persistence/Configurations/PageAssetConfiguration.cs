using Incidents.Domain.Pages;
using Incidents.Domain.Pages.Branding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class PageAssetConfiguration : IEntityTypeConfiguration<PageAsset>
{
    public void Configure(EntityTypeBuilder<PageAsset> builder)
    {
        builder.ToTable("PageAssets");
        builder.HasKey(a => new { a.PageId, a.Kind });
        builder.Property(a => a.Kind).HasConversion<int>();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Content).IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(16).IsRequired();
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(a => a.PageId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
