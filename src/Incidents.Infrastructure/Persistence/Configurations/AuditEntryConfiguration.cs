using Incidents.Domain.Audit;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder
            .Property(e => e.ApiKeyName)
            .HasMaxLength(AuditEntry.ActorNameMaxLength)
            .IsRequired();
        builder.Property(e => e.RequestId).HasMaxLength(AuditEntry.RequestIdMaxLength);
        builder.HasIndex(e => new { e.PageId, e.OccurredAt });
        builder.HasIndex(e => new { e.PageId, e.TargetId });
        // No FK to ApiKeys: the trail outlives a key's revocation and must not block anything.
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(e => e.PageId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
