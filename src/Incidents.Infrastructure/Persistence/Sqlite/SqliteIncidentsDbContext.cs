using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Incidents.Infrastructure.Persistence.Sqlite;

public sealed class SqliteIncidentsDbContext(DbContextOptions<SqliteIncidentsDbContext> options)
    : IncidentsDbContext(options)
{
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

    protected override void ConfigureProvider(ModelBuilder modelBuilder) =>
        modelBuilder
            .Entity<Incident>()
            .HasIndex(i => new { i.PageId, i.ExternalId })
            .IsUnique()
            .HasFilter("\"ExternalId\" IS NOT NULL AND \"ResolvedAt\" IS NULL");
}
