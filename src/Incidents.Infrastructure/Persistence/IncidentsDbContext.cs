using Incidents.Application.Common.Interfaces;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Integrations;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Pages;
using Incidents.Domain.Templates;
using Incidents.Infrastructure.OperatorConsole;
using Incidents.Infrastructure.Persistence.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Infrastructure.Persistence;

/// <summary>
/// The model shared by all providers. Each provider has a derived context so that it keeps its own
/// migrations; <see cref="ConfigureProvider"/> holds what differs between them. The console's people
/// (ASP.NET Core Identity's users, logins, tokens and passkeys) live in the same database (ADR 110).
/// </summary>
/// <remarks>
/// Contexts are pooled (ADR 0166): the constructor takes only the options, and the committed-events
/// listeners and the logger (all singletons) come from the application's service provider.
/// </remarks>
public abstract partial class IncidentsDbContext(DbContextOptions options)
    : IdentityUserContext<ConsoleUser, Guid>(options),
        IDataProtectionKeyContext
{
    private IDomainEventsCommittedListener[]? _committedListeners;
    private ILogger? _logger;

    public DbSet<ConsoleMembership> ConsoleMemberships => Set<ConsoleMembership>();

    public DbSet<StatusPage> StatusPages => Set<StatusPage>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentUpdate> IncidentUpdates => Set<IncidentUpdate>();

    public DbSet<Component> Components => Set<Component>();

    public DbSet<Template> Templates => Set<Template>();

    public DbSet<ComponentStatusChange> ComponentStatusChanges => Set<ComponentStatusChange>();

    public DbSet<ComponentStatusInterval> ComponentStatusIntervals =>
        Set<ComponentStatusInterval>();

    public DbSet<Maintenance> Maintenances => Set<Maintenance>();

    public DbSet<MaintenanceUpdate> MaintenanceUpdates => Set<MaintenanceUpdate>();

    public DbSet<MaintenanceSeries> MaintenanceSeries => Set<MaintenanceSeries>();

    public DbSet<Integration> Integrations => Set<Integration>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>ASP.NET Core Data Protection's key ring, shared by every instance (ADR 0083).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Domain events become rows in this same save — outbox rows for the background workers, and
    /// component status history — so they commit or roll back together with the change itself.
    /// </summary>
    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        if (_fanOuts.Count > 0)
        {
            await CarryOutFanOutsAsync(cancellationToken);
        }

        // Changes are detected once, here, not by each look at the tracker that follows (the
        // aggregates' events, the writer gate's HasChanges, the save itself): each detection
        // compares every property of every tracked entity with its snapshot. Entries() lists
        // every tracked entity whatever its state, and the rows added below are Added already.
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        try
        {
            return await SaveDetectedChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveDetectedChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken
    )
    {
        var committed = new List<IDomainEvent>();
        var alone = NewRowsToWriteAlone();
        if (alone is null)
        {
            TrackNewRows();
        }

        // The events' rows (outbox, component history) go with the change that raised them.
        var eventRows = new List<object>();
        var aggregates = ChangeTracker
            .Entries<AggregateRoot>()
            .Select(e => e.Entity)
            .Concat(alone?.OfType<AggregateRoot>() ?? [])
            .Where(a => a.DomainEvents.Count > 0)
            .ToList();
        foreach (var aggregate in aggregates)
        {
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                committed.Add(domainEvent);
                AddRowsOf(domainEvent, eventRows);
            }

            aggregate.ClearDomainEvents();
        }

        if (alone is not null)
        {
            // With the new rows, so a save that fails keeps them all, as the tracker would.
            alone.AddRange(eventRows);
            eventRows.Clear();
        }

        int written;
        if (alone is not null && await TryInsertRowsAsync(alone, cancellationToken))
        {
            written = alone.Count;
            alone.Clear();
        }
        else
        {
            TrackNewRows();
            foreach (var row in eventRows)
            {
                Add(row);
            }

            await using (await EnterWriteForSaveAsync(cancellationToken))
            {
                var bulk = TakeDeliveriesForBulkInsert();
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (bulk is not null)
                {
                    await InsertDeliveriesInBulkAsync(
                        bulk,
                        skipConflicts: false,
                        cancellationToken
                    );
                    written += bulk.Count;
                }
            }
        }

        // No explicit transaction is open around SaveChanges (one save per command), so the
        // events are committed here.
        if (committed.Count > 0 && Database.CurrentTransaction is null)
        {
            await NotifyCommittedAsync(committed, cancellationToken);
        }

        return written;
    }

    /// <summary>The rows an event adds to its save: its outbox message, and the component history it records.</summary>
    private static void AddRowsOf(IDomainEvent domainEvent, List<object> rows)
    {
        rows.Add(DomainEventTypes.ToOutboxMessage(domainEvent));
        if (domainEvent is ComponentStatusChanged changed)
        {
            rows.Add(
                new ComponentStatusChange(
                    changed.ComponentId,
                    changed.PageId,
                    changed.Status,
                    changed.OccurredAt,
                    changed.CausedByIncidentId
                )
            );
        }
        else if (domainEvent is IncidentBackfilled backfilled)
        {
            AddIntervals(backfilled, rows);
        }
    }

    /// <summary>A backfilled incident's stretch in the history of each component it affected (none for an impact of None).</summary>
    private static void AddIntervals(IncidentBackfilled backfilled, List<object> rows)
    {
        if (ComponentStatusSeverity.FromImpact(backfilled.Impact) is not { } status)
        {
            return;
        }

        foreach (var componentId in backfilled.AffectedComponentIds)
        {
            rows.Add(
                new ComponentStatusInterval(
                    componentId,
                    backfilled.PageId,
                    backfilled.IncidentId,
                    status,
                    backfilled.StartedAt,
                    backfilled.ResolvedAt
                )
            );
        }
    }

    private async Task NotifyCommittedAsync(
        List<IDomainEvent> committed,
        CancellationToken cancellationToken
    )
    {
        if (_committedListeners is null)
        {
            var services = this.GetService<IDbContextOptions>()
                .FindExtension<CoreOptionsExtension>()
                ?.ApplicationServiceProvider;
            _logger = services?.GetService<ILogger<IncidentsDbContext>>();
            _committedListeners =
            [
                .. services?.GetServices<IDomainEventsCommittedListener>() ?? [],
            ];
        }

        foreach (var listener in _committedListeners)
        {
            try
            {
                await listener.OnCommittedAsync(committed, CancellationToken.None);
            }
            catch (Exception e)
            {
                if (_logger is not null)
                {
                    LogListenerFailed(_logger, e, listener.GetType().Name);
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Committed-events listener {Listener} failed"
    )]
    private static partial void LogListenerFailed(
        ILogger logger,
        Exception exception,
        string listener
    );

    /// <summary>
    /// Only ASP.NET Core Data Protection's key store saves synchronously (its interface is
    /// synchronous): that save may hold keys and nothing else. Everything else goes through
    /// <see cref="SaveChangesAsync(bool, CancellationToken)"/>, where the outbox is written.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ResetIfRentedAgain();
        if (
            _newRows.Count > 0
            || ChangeTracker
                .Entries()
                .Any(e => e.State != EntityState.Unchanged && e.Entity is not DataProtectionKey)
        )
        {
            throw new NotSupportedException("Use SaveChangesAsync: the outbox is written there.");
        }

        // A new key is written about once in 90 days; queue behind SQLite's writers like any save.
        var gate = _writeDepth == 0 && Database.CurrentTransaction is null ? WriteGate : null;
        gate?.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            gate?.Release();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(IncidentsDbContext).Assembly);
        foreach (
            var property in builder
                .Model.GetEntityTypes()
                .SelectMany(t => t.GetDeclaredProperties())
                .Where(p => p.IsPrimitiveCollection && !p.ClrType.IsArray) // the snapshot is a List<T>
        )
        {
            property.SetValueComparer(
                typeof(Configurations.PrimitiveListComparer<>).MakeGenericType(
                    property.GetElementType()!.ClrType
                )
            );
        }

        ConfigureProvider(builder);
    }

    /// <summary>Provider-specific parts of the model (filtered index SQL, column types).</summary>
    protected abstract void ConfigureProvider(ModelBuilder modelBuilder);

    /// <summary>
    /// The database this context speaks to, known from its type. The workers' claims and the
    /// bulk inserts ask it on every pass: <c>Database.IsNpgsql()</c> and its kin compare assembly
    /// names, and build them anew each time they are asked.
    /// </summary>
    public abstract DatabaseProvider Provider { get; }
}
