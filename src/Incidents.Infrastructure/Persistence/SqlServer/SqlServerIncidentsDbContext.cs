using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.SqlServer;

public sealed class SqlServerIncidentsDbContext(
    DbContextOptions<SqlServerIncidentsDbContext> options
) : IncidentsDbContext(options)
{
    protected override void ConfigureProvider(ModelBuilder modelBuilder) =>
        modelBuilder
            .Entity<Incident>()
            .HasIndex(i => new { i.PageId, i.ExternalId })
            .IsUnique()
            .HasFilter("[ExternalId] IS NOT NULL AND [ResolvedAt] IS NULL");
}
