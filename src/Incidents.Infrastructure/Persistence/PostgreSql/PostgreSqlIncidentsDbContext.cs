using Incidents.Domain.Incidents;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlIncidentsDbContext(
    DbContextOptions<PostgreSqlIncidentsDbContext> options
) : IncidentsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override void ConfigureProvider(ModelBuilder modelBuilder)
    {
        modelBuilder
            .Entity<Incident>()
            .HasIndex(i => new { i.PageId, i.ExternalId })
            .IsUnique()
            .HasFilter("\"ExternalId\" IS NOT NULL AND \"ResolvedAt\" IS NULL");

        // Half of each page left free when deliveries and outbox messages are inserted: the
        // claim's update (lease columns, not indexed) then fits on the same page as a HOT
        // update and writes no index entries (ADR 0108: claims 3x cheaper in PostgreSQL's CPU).
        modelBuilder.Entity<Delivery>().HasStorageParameter("fillfactor", 50);
        modelBuilder.Entity<OutboxMessage>().HasStorageParameter("fillfactor", 50);
    }
}
