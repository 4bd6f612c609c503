using Incidents.Domain.Incidents;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.SqlServer;

public sealed class SqlServerIncidentsDbContext(
    DbContextOptions<SqlServerIncidentsDbContext> options
) : IncidentsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    /// <summary>
    /// SQL Server compares strings case-insensitively by default, PostgreSQL and SQLite do not. An
    /// ExternalId (an alert fingerprint) and an Idempotency-Key are opaque, case-sensitive tokens
    /// (the IETF draft): a binary collation makes "Alert-1" and "alert-1" two keys here too.
    /// </summary>
    private const string CaseSensitiveCollation = "Latin1_General_100_BIN2";

    protected override void ConfigureProvider(ModelBuilder modelBuilder)
    {
        var incident = modelBuilder.Entity<Incident>();
        incident
            .HasIndex(i => new { i.PageId, i.ExternalId })
            .IsUnique()
            .HasFilter("[ExternalId] IS NOT NULL AND [ResolvedAt] IS NULL");
        incident.Property(i => i.ExternalId).UseCollation(CaseSensitiveCollation);
        modelBuilder
            .Entity<StoredIdempotencyRecord>()
            .Property(r => r.Key)
            .UseCollation(CaseSensitiveCollation);
        // SQL Server filters a unique index on a nullable column (IS NOT NULL), so the one on
        // (SubscriberId, SourceEventId) misses deliveries without a source event: a subscriber's
        // deliveries get an index of their own here (ADR 0172).
        modelBuilder.Entity<Delivery>().HasIndex(d => d.SubscriberId);
    }
}
