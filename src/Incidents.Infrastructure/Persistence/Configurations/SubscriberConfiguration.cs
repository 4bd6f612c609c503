using Incidents.Domain.Common;
using Incidents.Domain.Pages;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    /// <summary>The trigger on Subscribers that deletes a subscriber's deliveries (ADR 0172).</summary>
    public const string SubscriberDeliveriesTrigger = "TR_Subscribers_DeleteDeliveries";

    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        // The trigger deletes a subscriber's deliveries with it (ADR 0172; created by the
        // migration SubscriberDeliveriesTrigger). Declared so that SQL Server's EF Core does not
        // use OUTPUT on this table, which triggers forbid. A SQLite migration that rebuilds this
        // table drops the trigger: it must create it again (SubscriberDeletionTests would fail).
        builder.ToTable("Subscribers", t => t.HasTrigger(SubscriberDeliveriesTrigger));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Email).HasMaxLength(Subscriber.EmailMaxLength);
        builder.Property(s => s.Url).HasMaxLength(Subscriber.UrlMaxLength);
        builder.Property(s => s.Secret).HasMaxLength(100);
        builder.Property(s => s.Token).HasMaxLength(100).IsRequired();
        builder.Property(s => s.DisabledReason).HasMaxLength(500);
        // Subscribers from before languages get English, which is what their mails were in.
        builder
            .Property(s => s.Language)
            .HasMaxLength(Languages.CodeMaxLength)
            .IsRequired()
            .HasDefaultValue(Languages.Default);
        builder
            .PrimitiveCollection(s => s.ComponentIds)
            .HasField("_componentIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder
            .PrimitiveCollection(s => s.EventTypes)
            .HasField("_eventTypes")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.IsActive);
        builder.Ignore(s => s.IsFollower);
        builder.Ignore(s => s.EndsWhenResolved);
        builder.HasIndex(s => new { s.PageId, s.IncidentId });
        // A fan-out reads the page's subscribers in id order, a slice at a time after a cursor
        // (ADR 0183): a range of this index, not the whole page sorted again for every slice.
        builder.HasIndex(s => new { s.PageId, s.Id });
        builder.Ignore(s => s.DomainEvents);
        builder.HasIndex(s => s.Token).IsUnique();
        builder.HasIndex(s => new { s.PageId, s.Email });
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(s => s.PageId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
