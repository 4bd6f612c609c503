using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlIncidentsDbContext(
    DbContextOptions<PostgreSqlIncidentsDbContext> options
) : IncidentsDbContext(options)
{
    protected override void ConfigureProvider(ModelBuilder modelBuilder) =>
        modelBuilder
            .Entity<Incident>()
            .HasIndex(i => new { i.PageId, i.ExternalId })
            .IsUnique()
            .HasFilter("\"ExternalId\" IS NOT NULL AND \"ResolvedAt\" IS NULL");
}
