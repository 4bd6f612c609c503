using Microsoft.EntityFrameworkCore;

/// <summary>
/// The raw schema's three tables (bench/write/pgbench-schema.sql) through EF Core, for the bare
/// endpoint's EF Core mode: the same inserts as its batch, but tracked and written by
/// SaveChanges, so pg-floor.sh can show what EF Core's unit of work costs on its own.
/// </summary>
internal sealed class RawContext(DbContextOptions<RawContext> options) : DbContext(options)
{
    public DbSet<RawIncident> Incidents => Set<RawIncident>();

    public DbSet<RawUpdate> Updates => Set<RawUpdate>();

    public DbSet<RawOutbox> Outbox => Set<RawOutbox>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RawIncident>().ToTable("incidents");
        modelBuilder
            .Entity<RawUpdate>()
            .ToTable("updates")
            .HasOne<RawIncident>()
            .WithMany()
            .HasForeignKey(u => u.Incident);
        modelBuilder.Entity<RawOutbox>().ToTable("outbox");
        foreach (
            var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
        )
        {
            // The raw schema's columns are the properties' names in lower case.
            property.SetColumnName(property.Name.ToLowerInvariant());
        }
    }
}

/// <summary>A row of <c>incidents</c>.</summary>
internal sealed record RawIncident(
    Guid Id,
    Guid Page,
    string Title,
    string Status,
    string Impact,
    DateTime Created,
    DateTime Updated,
    Guid Version
);

/// <summary>A row of <c>updates</c>.</summary>
internal sealed record RawUpdate(
    Guid Id,
    Guid Incident,
    string Status,
    string Description,
    bool Notify,
    DateTime Created
);

/// <summary>A row of <c>outbox</c>.</summary>
internal sealed record RawOutbox(
    Guid Id,
    string Type,
    string Payload,
    DateTime Occurred,
    DateTime? Processed
);
