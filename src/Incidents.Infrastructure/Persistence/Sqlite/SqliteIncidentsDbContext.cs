using Incidents.Domain.Incidents;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Incidents.Infrastructure.Persistence.Sqlite;

public sealed class SqliteIncidentsDbContext(DbContextOptions<SqliteIncidentsDbContext> options)
    : IncidentsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private SemaphoreSlim? _writeGate;

    protected override SemaphoreSlim? WriteGate =>
        _writeGate ??= SqliteWriteGate.For(Database.GetDbConnection().DataSource);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type and EF cannot ORDER BY DateTimeOffset there. All times are UTC,
        // so the binary form (ticks) sorts correctly and compares exactly.
        configurationBuilder
            .Properties<DateTimeOffset>()
            .HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void ConfigureProvider(ModelBuilder modelBuilder)
    {
        modelBuilder
            .Entity<Incident>()
            .HasIndex(i => new { i.PageId, i.ExternalId })
            .IsUnique()
            .HasFilter("\"ExternalId\" IS NOT NULL AND \"ResolvedAt\" IS NULL");

        // One delivery per subscriber per event, led by the event here (ADR 0174): a fan-out's
        // rows then sit side by side at the end of the unique index, instead of one on every
        // leaf of an index ordered by subscriber (SQLite writes each page a commit touches to
        // its log whole, so that index was a third of a slice's INSERT, growing with the
        // subscribers' history). A subscriber's deliveries (its list, the delete trigger,
        // finished followers) get their own narrower index.
        var delivery = modelBuilder.Entity<Delivery>();
        var subscriberFirst = delivery.Metadata.FindIndex([
            delivery.Metadata.FindProperty(nameof(Delivery.SubscriberId))!,
            delivery.Metadata.FindProperty(nameof(Delivery.SourceEventId))!,
        ]);
        delivery.Metadata.RemoveIndex(subscriberFirst!);
        delivery.HasIndex(d => new { d.SourceEventId, d.SubscriberId }).IsUnique();
        delivery.HasIndex(d => d.SubscriberId);
    }
}
