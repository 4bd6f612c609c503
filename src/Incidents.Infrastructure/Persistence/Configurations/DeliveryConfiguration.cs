using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("Deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EventType).HasMaxLength(50).IsRequired();
        builder.Property(d => d.MessageId).HasMaxLength(50).IsRequired();
        // The payload is a row of its own, shared by the deliveries of one notification (ADR
        // 0169); Content is the loaded copy, never a navigation EF Core would track or insert.
        // PayloadId has neither a foreign key nor an index (ADR 0171): the payload is written
        // first, in the deliveries' own transaction, and never deleted; the constraint's check on
        // every delivery and the index (one key shared by a whole fan-out, churned by every
        // outcome update) were a fifth of PostgreSQL's time in a fan-out.
        builder.Ignore(d => d.Payload);
        builder.Ignore(d => d.Content);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(Delivery.LastErrorMaxLength);
        builder.Property(d => d.DeferredReason).HasMaxLength(Delivery.DeferredReasonMaxLength);
        // A worker saves its result only while it still holds the lease it claimed the row with;
        // if the lease expired and another worker took the row, the save fails instead of racing.
        builder.Property(d => d.LockedBy).HasMaxLength(100).IsConcurrencyToken();
        // Partial indexes (ADR 0108): the claim reads only pending rows, the dashboard only failed
        // ones; a delivery that succeeds (nearly all) then leaves no entry in either, and its
        // insert and its final update touch neither. Queries must name the state as a literal.
        builder
            .HasIndex(d => new { d.State, d.NextAttemptAt })
            .HasFilter("\"State\" = 'Pending'");
        // One delivery per subscriber per event: the backstop of a fan-out committed in slices
        // and resumed after a crash (ADR 0104). Null (no source event) is never a duplicate.
        // Led by the subscriber, it is also the index of a subscriber's deliveries (its list,
        // the delete trigger below) — one index where there were two (ADR 0172). SQLite leads it
        // by the event and indexes the subscriber apart (ADR 0174); SQL Server adds the latter.
        builder.HasIndex(d => new { d.SubscriberId, d.SourceEventId }).IsUnique();
        // The console dashboard: a page's latest failed deliveries.
        builder
            .HasIndex(d => new
            {
                d.PageId,
                d.State,
                d.CreatedAt,
            })
            .HasFilter("\"State\" = 'Failed'");
        // No foreign key to Subscribers (ADR 0172): its check locked and dirtied the subscriber's
        // row for every delivery of a fan-out. A trigger on Subscribers deletes a subscriber's
        // deliveries with it instead (the cascade the key gave), on every path that deletes one.
    }
}
