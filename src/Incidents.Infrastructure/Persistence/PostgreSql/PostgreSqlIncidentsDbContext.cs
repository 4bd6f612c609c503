using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Incidents.Infrastructure.Persistence.PostgreSql;

public sealed class PostgreSqlIncidentsDbContext(
    DbContextOptions<PostgreSqlIncidentsDbContext> options,
    IEnumerable<IDomainEventsCommittedListener> committedListeners,
    ILogger<IncidentsDbContext>? logger = null
) : IncidentsDbContext(options, committedListeners, logger)
{
    protected override void ConfigureProvider(ModelBuilder modelBuilder) =>
        modelBuilder
            .Entity<Incident>()
            .HasIndex(i => new { i.PageId, i.ExternalId })
            .IsUnique()
            .HasFilter("\"ExternalId\" IS NOT NULL AND \"ResolvedAt\" IS NULL");
}
