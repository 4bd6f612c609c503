using Incidents.Domain.ApiKeys;
using Incidents.Domain.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Pages;
using Incidents.Infrastructure.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence;

/// <summary>
/// The model shared by all providers. Each provider has a derived context so that it keeps its own
/// migrations; <see cref="ConfigureProvider"/> holds what differs between them.
/// </summary>
public abstract class IncidentsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StatusPage> StatusPages => Set<StatusPage>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentUpdate> IncidentUpdates => Set<IncidentUpdate>();

    public DbSet<Component> Components => Set<Component>();

    public DbSet<ComponentStatusChange> ComponentStatusChanges => Set<ComponentStatusChange>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>
    /// Domain events become rows in this same save — outbox rows for the background workers, and
    /// component status history — so they commit or roll back together with the change itself.
    /// </summary>
    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        var aggregates = ChangeTracker
            .Entries<AggregateRoot>()
            .Select(e => e.Entity)
            .Where(a => a.DomainEvents.Count > 0)
            .ToList();
        foreach (var aggregate in aggregates)
        {
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                OutboxMessages.Add(DomainEventTypes.ToOutboxMessage(domainEvent));
                if (domainEvent is ComponentStatusChanged changed)
                {
                    ComponentStatusChanges.Add(
                        new ComponentStatusChange(
                            changed.ComponentId,
                            changed.PageId,
                            changed.Status,
                            changed.OccurredAt
                        )
                    );
                }
            }

            aggregate.ClearDomainEvents();
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: the outbox is written there.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IncidentsDbContext).Assembly);
        ConfigureProvider(modelBuilder);
    }

    /// <summary>Provider-specific parts of the model (filtered index SQL, column types).</summary>
    protected abstract void ConfigureProvider(ModelBuilder modelBuilder);
}
