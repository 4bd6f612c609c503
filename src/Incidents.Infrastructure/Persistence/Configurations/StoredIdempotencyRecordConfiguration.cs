using Incidents.Application.Common.Idempotency;
using Incidents.Domain.Pages;
using Incidents.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class StoredIdempotencyRecordConfiguration
    : IEntityTypeConfiguration<StoredIdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<StoredIdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.PageId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(IdempotencyOptions.MaxKeyLength);
        builder
            .Property(r => r.Fingerprint)
            .HasMaxLength(StoredIdempotencyRecord.FingerprintLength)
            .IsRequired();
        builder
            .Property(r => r.ContentType)
            .HasMaxLength(StoredIdempotencyRecord.ContentTypeMaxLength);
        builder.HasIndex(r => r.ExpiresAt);
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(r => r.PageId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
